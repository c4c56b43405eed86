// The one origin the app trusts: everything the renderer loads is served from app://vetter/.
export const APP_SCHEME = 'app';
export const APP_HOST = 'vetter';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for app://vetter/... exactly: no other host, port or credentials smuggled into the URL. */
export function isAppUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
}

import { useCallback, useState } from 'react';
import { revealInvisible, storedVendorOf, type Vendor, type VendorInput } from '../../../electron/core/contract';
import { call } from '../api';
import { ApiError, errorMessage } from '../api-error';
import { Alert } from '../ui/Alert';
import { AllegationsPanel } from '../allegations/AllegationsPanel';
import { AssessmentPanel } from '../assessment/AssessmentPanel';
import { FindingsPanel } from '../findings/FindingsPanel';
import { CriticalityBadge } from './CriticalityBadge';
import { EmptyState } from '../ui/EmptyState';
import { GenerateReport } from '../reports/GenerateReport';
import { Icon } from '../ui/Icon';
import { PageSections } from '../ui/PageSections';
import { PageTitle } from '../ui/PageTitle';
import { OwnershipPanel } from '../ownership/OwnershipPanel';
import { SuppliersPanel } from '../suppliers/SuppliersPanel';
import { QuestionnairePanel } from '../questionnaires/QuestionnairePanel';
import { RiskScorePanel } from '../risk/RiskScorePanel';
import { Spinner } from '../ui/Spinner';
import { useToast } from '../ui/Toasts';
import { VendorDetails } from './VendorDetails';
import { type Conflict, VendorConflict } from './VendorConflict';
import { VendorForm } from './VendorForm';
import { VendorHistory } from './VendorHistory';
import { VendorReportsPanel } from '../reports/VendorReportsPanel';
import { VendorScreeningPanel } from '../screening/VendorScreeningPanel';
import { formatDateTime } from '../lib/format';
import { useQuery } from '../lib/queries';
import { read } from '../lib/reads';
import { navigate, routeHref } from '../lib/router';
import { draftFromVendor, EMPTY_DRAFT } from './vendorDraft';
import { VisibleText } from '../ui/VisibleText';

const UNDO_MS = 10_000;

function BackLink() {
  return (
    <a className="back-link" href={routeHref({ page: 'vendors' })}>
      <Icon name="arrowLeft" size={14} />
      Vendors
    </a>
  );
}

/** Adding a vendor: the empty form; saving opens the new vendor's page. */
export function NewVendorPage() {
  const toast = useToast();
  const cancel = useCallback(() => navigate({ page: 'vendors' }), []);

  const create = async (input: VendorInput) => {
    const created = await call('vendors.create', input);
    toast({ tone: 'success', message: `Added ${revealInvisible(created.legalName)}` });
    navigate({ page: 'vendor', id: created.id, editing: false }, { replace: true });
  };

  return (
    <div className="page">
      <BackLink />
      <header className="page-header">
        <PageTitle windowTitle="Add a vendor">Add a vendor</PageTitle>
      </header>
      <VendorForm initial={EMPTY_DRAFT} submitLabel="Add vendor" onSubmit={create} onCancel={cancel} />
    </div>
  );
}

/** One vendor: its details and history, or the edit form. */
export function VendorPage({ id, editing }: { id: string; editing: boolean }) {
  const loaded = useQuery(read('vendors.get', { id }));

  // A vendor deleted meanwhile fails to load; the last error is not shown while fetching it again (after an undo).
  if (loaded.error && !loaded.fetching) {
    return (
      <div className="page">
        <BackLink />
        <EmptyState
          icon="building"
          title="This vendor is not available"
          actions={
            <a className="btn" href={routeHref({ page: 'vendors' })}>
              Back to vendors
            </a>
          }
        >
          <p>{loaded.error}</p>
        </EmptyState>
      </div>
    );
  }
  if (!loaded.data) {
    return (
      <div className="page">
        <BackLink />
        <div className="page-loading">
          <Spinner label="Loading vendor…" visibleLabel />
        </div>
      </div>
    );
  }
  return editing ? (
    <EditVendor vendor={loaded.data} refetch={loaded.refetch} />
  ) : (
    <ViewVendor vendor={loaded.data} />
  );
}

/**
 * Editing a vendor, from the version the form opened on (`base`), not the one on show: another window's or user's save
 * reloads `vendor`, and a save based on it would overwrite theirs unseen. The core refuses a save from an older
 * version with the vendor as stored now; the user then compares the two and chooses (VendorConflict).
 */
function EditVendor({ vendor, refetch }: { vendor: Vendor; refetch: () => Promise<void> }) {
  const toast = useToast();
  const view = useCallback(() => navigate({ page: 'vendor', id: vendor.id, editing: false }, { replace: true }), [vendor.id]);
  const [base, setBase] = useState(vendor);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [keeping, setKeeping] = useState<{ saving: boolean; error: string | null }>({ saving: false, error: null });
  // Shown above the form once the user went back to editing over, or took, another's version.
  const [notice, setNotice] = useState<{ title: string; text: string } | null>(null);
  // A new key opens the form again on another version (taking theirs).
  const [formKey, setFormKey] = useState(0);

  /** Saves `input` as a change of `from`; a refusal because someone saved meanwhile opens the comparison. */
  const save = async (input: VendorInput, from: Vendor) => {
    try {
      const saved = await call('vendors.update', { id: vendor.id, version: from.version, vendor: input });
      // The page goes back to the vendor's details, which must show what was just saved.
      await refetch();
      toast({ tone: 'success', message: `Saved ${revealInvisible(saved.legalName)}` });
      view();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const theirs = error.code === 'conflict' ? storedVendorOf(error.details) : null;
      if (!theirs) throw error;
      setConflict({ mine: input, base: from, theirs, message: error.message });
      setKeeping({ saving: false, error: null });
    }
  };

  const keepMine = async () => {
    if (!conflict) return;
    setKeeping({ saving: true, error: null });
    try {
      // A new write, based on their version: the user chose to replace it, having seen it.
      await save(conflict.mine, conflict.theirs);
    } catch (error) {
      setKeeping({ saving: false, error: errorMessage(error) });
    }
  };

  const takeTheirs = () => {
    if (!conflict) return;
    setBase(conflict.theirs);
    setFormKey((k) => k + 1);
    setNotice({ title: 'Your changes were discarded', text: `${conflict.message} The form now shows their version.` });
    setConflict(null);
  };

  const backToEditing = () => {
    if (!conflict) return;
    setBase(conflict.theirs);
    setNotice({ title: 'Someone else saved this vendor', text: `${conflict.message} The form keeps what you typed; saving it replaces their version.` });
    setConflict(null);
  };

  return (
    <div className="page">
      <BackLink />
      <header className="page-header">
        <div>
          <PageTitle windowTitle={`Edit ${revealInvisible(vendor.legalName)}`}>
            Edit <VisibleText text={vendor.legalName} />
          </PageTitle>
          <p className="page-subtitle">Changes are recorded in the audit log under your name.</p>
        </div>
      </header>
      {notice && (
        <Alert tone="warning" title={notice.title}>
          {notice.text}
        </Alert>
      )}
      <VendorForm
        key={formKey}
        initial={draftFromVendor(base)}
        submitLabel="Save changes"
        onSubmit={(input) => save(input, base)}
        onCancel={view}
        vendorId={vendor.id}
      />
      {conflict && (
        <VendorConflict
          conflict={conflict}
          saving={keeping.saving}
          error={keeping.error}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={takeTheirs}
          onBackToEditing={backToEditing}
        />
      )}
    </div>
  );
}

function ViewVendor({ vendor }: { vendor: Vendor }) {
  const toast = useToast();
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const restore = async (id: string) => {
    try {
      const restored = await call('vendors.restore', { id });
      toast({ tone: 'success', message: `Restored ${revealInvisible(restored.legalName)}` });
    } catch (e) {
      toast({ tone: 'error', message: errorMessage(e) });
    }
  };

  const remove = async () => {
    setDeleting(true);
    try {
      // The version on show: a change saved since it was loaded refuses the delete, saying who made it.
      const deleted = await call('vendors.delete', { id: vendor.id, version: vendor.version });
      navigate({ page: 'vendors' }, { replace: true });
      toast({
        message: `Deleted ${revealInvisible(deleted.legalName)}`,
        action: { label: 'Undo', run: () => void restore(deleted.id) },
        durationMs: UNDO_MS,
      });
    } catch (e) {
      setError(errorMessage(e));
      setDeleting(false);
    }
  };

  return (
    <div className="page">
      <BackLink />
      <header className="page-header">
        <div>
          <div className="title-row">
            <PageTitle windowTitle={revealInvisible(vendor.legalName)}>
              <VisibleText text={vendor.legalName} />
            </PageTitle>
            <CriticalityBadge value={vendor.criticality} />
          </div>
          <p className="page-subtitle">Last changed {formatDateTime(vendor.updatedAt)}</p>
        </div>
        <div className="page-actions">
          <GenerateReport subject={{ kind: 'vendor', vendorId: vendor.id }} />
          <button type="button" className="btn btn-danger-quiet" onClick={() => void remove()} disabled={deleting}>
            <Icon name="trash" />
            Delete
          </button>
          <a className="btn btn-primary" href={routeHref({ page: 'vendor', id: vendor.id, editing: true })}>
            <Icon name="pencil" />
            Edit
          </a>
        </div>
      </header>
      {error && <Alert tone="error" title="The vendor was not deleted">{error}</Alert>}
      <PageSections
        sections={[
          { id: 'risk-title', label: 'Risk score' },
          { id: 'screening-title', label: 'Screening' },
          { id: 'ownership-title', label: 'Ownership' },
          { id: 'suppliers-title', label: 'Suppliers' },
          { id: 'allegations-title', label: 'Allegations' },
          { id: 'questionnaires-title', label: 'Questionnaires' },
          { id: 'assessment-title', label: 'Assessment' },
          { id: 'findings-title', label: 'Findings' },
          { id: 'reports-title', label: 'Reports' },
          { id: 'details-company', label: 'Details' },
          { id: 'history-title', label: 'History' },
        ]}
      />
      <RiskScorePanel vendor={vendor} />
      <VendorScreeningPanel vendorId={vendor.id} />
      <OwnershipPanel vendor={vendor} />
      <SuppliersPanel vendor={vendor} />
      <AllegationsPanel vendor={vendor} />
      <QuestionnairePanel vendor={vendor} />
      <AssessmentPanel vendor={vendor} />
      <FindingsPanel vendorId={vendor.id} />
      <VendorReportsPanel vendorId={vendor.id} />
      <VendorDetails vendor={vendor} />
      <VendorHistory vendorId={vendor.id} />
    </div>
  );
}

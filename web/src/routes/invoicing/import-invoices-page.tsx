import { useLingui } from '@lingui/react/macro';
import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { InvoiceFileImport } from '@/features/invoicing/components/invoice-file-import';
import { usePageTitle } from '@/lib/use-page-title';

/** Suppliers' invoices imported from their files: UBL XML, CSV or workbooks. */
export function ImportInvoicesPage() {
  const { t } = useLingui();
  usePageTitle(t`Import invoices`);
  return (
    <>
      <PageHeader
        title={t`Import invoices`}
        description={t`Each invoice is checked to the cent and matched against its order at once. A UBL invoice whose lines name no order line is kept as a draft: confirm its lines, then submit it.`}
        actions={
          <Button component={Link} to="/invoices/new" variant="default">
            {t`Enter invoice`}
          </Button>
        }
      />
      <InvoiceFileImport />
    </>
  );
}

/**
 * Generated from docs/openapi.json by `npm run openapi:write` (openapi-typescript); do not edit.
 */

export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password; sets the session cookie */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user with roles and permissions */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set your own language and locale for dates, numbers and money */
        patch: operations["patchAuthMePreferences"];
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (ends your other sessions) */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["getUsers"];
        put?: never;
        /** Create a user */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: operations["getUsersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a user (If-Match required); deactivating ends their sessions */
        patch: operations["patchUsersById"];
        trace?: never;
    };
    "/api/v1/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (admins: ?all=true for everybody’s) */
        get: operations["getApiTokens"];
        put?: never;
        /** Create a personal API token; the secret is in this response only */
        post: operations["postApiTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a token */
        post: operations["postApiTokensByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved views of a list, by name */
        get: operations["getSavedViews"];
        put?: never;
        /** Save a list’s filters (its query string) under a name */
        post: operations["postSavedViews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of your saved views */
        delete: operations["deleteSavedViewsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List suppliers; q searches code, legal name and tax id */
        get: operations["getSuppliers"];
        put?: never;
        /** Create a supplier */
        post: operations["postSuppliers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One supplier */
        get: operations["getSuppliersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a supplier (send If-Match with the ETag) */
        patch: operations["patchSuppliersById"];
        trace?: never;
    };
    "/api/v1/suppliers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All suppliers as CSV or an Excel workbook (the columns the import accepts; no bank details) */
        get: operations["getSuppliersExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import suppliers from CSV (text/csv) or an Excel workbook (.xlsx): all rows or none
         * @description A new code creates a supplier, a known code updates it. Every row is validated first; if any row is bad nothing is imported and the 422 lists every bad row with its line number.
         */
        post: operations["postSuppliersImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a supplier on hold (reason required): new orders warn (send If-Match) */
        post: operations["postSuppliersByIdHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block a supplier (reason required): new orders are refused (send If-Match) */
        post: operations["postSuppliersByIdBlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a held or blocked supplier active again (send If-Match) */
        post: operations["postSuppliersByIdActivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/item-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List item categories in code order; q searches code and name */
        get: operations["getItemCategories"];
        put?: never;
        /** Create an item category */
        post: operations["postItemCategories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/item-categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item category */
        get: operations["getItemCategoriesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an item category; active: false deactivates it (send If-Match) */
        patch: operations["patchItemCategoriesById"];
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List units of measure in code order; q searches code and name */
        get: operations["getUnits"];
        put?: never;
        /** Create a unit of measure, optionally as a multiple of a base unit */
        post: operations["postUnits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit of measure */
        get: operations["getUnitsByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a unit of measure; the code never changes (send If-Match) */
        patch: operations["patchUnitsByCode"];
        trace?: never;
    };
    "/api/v1/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List items in name order; q searches SKU, name and description */
        get: operations["getItems"];
        put?: never;
        /** Create an item */
        post: operations["postItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Items as CSV or an Excel workbook, in the columns the import accepts */
        get: operations["getItemsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import items from CSV (text/csv) or an Excel workbook (.xlsx): all rows or none
         * @description Columns: sku, name, categoryCode, unitCode (required); description, defaultTaxRate, inspectionRequired, active. A new SKU creates an item, a known SKU updates it. Every row is validated first; if any row is bad nothing is imported and the 422 lists every bad row with its line number (the header is line 1).
         */
        post: operations["postItemsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item */
        get: operations["getItemsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an item; active: false deactivates it (send If-Match) */
        patch: operations["patchItemsById"];
        trace?: never;
    };
    "/api/v1/price-list-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List price list entries; validOn keeps those valid on that date */
        get: operations["getPriceListEntries"];
        put?: never;
        /** Add a supplier's price for an item */
        post: operations["postPriceListEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/price-list-entries/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Price list entries as CSV or an Excel workbook, in the columns the import accepts */
        get: operations["getPriceListEntriesExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/price-list-entries/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import price list entries from CSV (text/csv) or an Excel workbook (.xlsx): all rows or none
         * @description Columns: supplierCode, sku, currency, unitPrice, validFrom (required); minQuantity, validTo, leadTimeDays, supplierPartNumber. A row matching an existing entry on supplier, SKU, currency, minQuantity and validFrom updates it; any other row creates one. Every row is validated first; if any row is bad nothing is imported and the 422 lists every bad row with its line number (the header is line 1).
         */
        post: operations["postPriceListEntriesImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/price-list-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One price list entry */
        get: operations["getPriceListEntriesById"];
        put?: never;
        post?: never;
        /** Delete a price list entry; the audit trail keeps its values (send If-Match) */
        delete: operations["deletePriceListEntriesById"];
        options?: never;
        head?: never;
        /** Update a price list entry (send If-Match) */
        patch: operations["patchPriceListEntriesById"];
        trace?: never;
    };
    "/api/v1/price-lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The supplier's best price for a quantity of an item on a date
         * @description Among the entries valid on the date (in the currency, if given) whose minQuantity the quantity reaches: the lowest unit price; ties go to the higher quantity break, then the later validFrom. 404 when no price applies. Without a currency, prices in different currencies are never compared: name one.
         */
        get: operations["getPriceLookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List departments in code order; q searches code and name */
        get: operations["getDepartments"];
        put?: never;
        /** Create a department */
        post: operations["postDepartments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One department */
        get: operations["getDepartmentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a department (send If-Match with the ETag) */
        patch: operations["patchDepartmentsById"];
        trace?: never;
    };
    "/api/v1/cost-centres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cost centres in code order; q searches code and name */
        get: operations["getCostCentres"];
        put?: never;
        /** Create a cost centre in an active department */
        post: operations["postCostCentres"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cost-centres/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One cost centre */
        get: operations["getCostCentresById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a cost centre (send If-Match with the ETag) */
        patch: operations["patchCostCentresById"];
        trace?: never;
    };
    "/api/v1/currencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List currencies in code order; q searches code and name */
        get: operations["getCurrencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/currencies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Activate or deactivate a currency (the base currency cannot be deactivated) */
        patch: operations["patchCurrenciesByCode"];
        trace?: never;
    };
    "/api/v1/exchange-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List exchange rates, newest date first; from/to bound the date (inclusive) */
        get: operations["getExchangeRates"];
        put?: never;
        /** Enter an exchange rate valid from a date (one per currency pair and date) */
        post: operations["postExchangeRates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange-rates/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rate converting a currency to the base currency on a date: the latest on or before it */
        get: operations["getExchangeRatesLookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange-rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One exchange rate */
        get: operations["getExchangeRatesById"];
        put?: never;
        post?: never;
        /** Delete an exchange rate (send If-Match with the ETag) */
        delete: operations["deleteExchangeRatesById"];
        options?: never;
        head?: never;
        /** Correct an exchange rate (send If-Match with the ETag) */
        patch: operations["patchExchangeRatesById"];
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation settings */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update the settings (send If-Match with the ETag); numberFormats are merged by document type */
        patch: operations["patchSettings"];
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every role with its label and the permissions it grants */
        get: operations["getRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budgets by period, with committed, actual and available derived from the orders */
        get: operations["getBudgets"];
        put?: never;
        /** Set the budget of a cost centre for a month or a fiscal year (base currency) */
        post: operations["postBudgets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budgets/effect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an amount would do to the budgets of a cost centre on a date: every covering budget now and after (converted at the rate on that date) */
        get: operations["getBudgetsEffect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budgets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One budget and its consumption */
        get: operations["getBudgetsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a budget amount (send If-Match) */
        patch: operations["patchBudgetsById"];
        trace?: never;
    };
    "/api/v1/tolerances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tolerance rules, least specific first: global, suppliers, categories, items */
        get: operations["getTolerances"];
        put?: never;
        /** Set a tolerance rule for the organisation, a supplier, an item category or an item */
        post: operations["postTolerances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tolerances/effective": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tolerances that apply to a supplier and an item, and which rule decided each
         * @description For each measure the most specific rule that sets it decides: the item’s, then its category’s, then the supplier’s, then the global rule. A measure no rule sets allows nothing.
         */
        get: operations["getTolerancesEffective"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tolerances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tolerance rule */
        get: operations["getTolerancesById"];
        put?: never;
        post?: never;
        /** Remove a tolerance rule: what it set falls back to less specific rules (send If-Match) */
        delete: operations["deleteTolerancesById"];
        options?: never;
        head?: never;
        /** Change a rule’s limits or note; a measure set to null falls back to less specific rules (send If-Match) */
        patch: operations["patchTolerancesById"];
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit entries, newest first: the whole log (auditors, administrators) or one record’s history
         * @description With entityType and entityId, anyone who may read that record may read its history. Without them, audit:read is needed.
         */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the audit trail and report its faults, the first one named
         * @description Hashes every entry again, recounts and recomputes each checkpoint’s batch and MAC, follows the checkpoints’ chain, compares them with the published file, and reports entries unsealed (or checkpoints unpublished) for more than a minute.
         */
        post: operations["postAuditVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/seal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Seal the committed audit entries into a checkpoint now, and publish it
         * @description The sealer runs every second anyway; this seals at once (before a verification, say). Nothing to seal is not an error.
         */
        post: operations["postAuditSeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requisitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List requisitions, newest first
         * @description Approvers, buyers and auditors see every requisition; anyone else their own and their department’s.
         */
        get: operations["getRequisitions"];
        put?: never;
        /** Raise a requisition (a draft, requested by the caller) */
        post: operations["postRequisitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requisitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One requisition with its lines (ordered against requested) */
        get: operations["getRequisitionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft (its requester only; send If-Match); `lines` replaces every line */
        patch: operations["patchRequisitionsById"];
        trace?: never;
    };
    "/api/v1/requisitions/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft for approval (its requester only; send If-Match) */
        post: operations["postRequisitionsByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requisitions/approval-route": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What submitting this requisition would do, before it is saved: the approval route and why
         * @description Takes the body of a new requisition (and the id of the draft being edited, if any), checks it as saving would (422 naming the field), writes nothing.
         */
        post: operations["postRequisitionsApprovalRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requisitions/{id}/approval-route": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The approval route and why: for a draft what submitting would do, once submitted the stored route with its decisions */
        get: operations["getRequisitionsByIdApprovalRoute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requisitions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a submitted requisition (send If-Match); nobody approves their own */
        post: operations["postRequisitionsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requisitions/{id}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a submitted requisition back to its requester as a draft, saying what to change (comment required; send If-Match) */
        post: operations["postRequisitionsByIdRequestChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requisitions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a submitted requisition, with the reason (send If-Match) */
        post: operations["postRequisitionsByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requisitions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a draft, submitted or approved requisition nothing was ordered from, with the reason (send If-Match) */
        post: operations["postRequisitionsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requisitions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a partially ordered or ordered requisition: the rest will not be ordered (reason; send If-Match) */
        post: operations["postRequisitionsByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workbench/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requisition lines waiting to be ordered, by needed-by date
         * @description Lines of approved and partially ordered requisitions that are not fully ordered, with the remaining quantity and the suggested supplier's best price today (a warning says why when there is none).
         */
        get: operations["getWorkbenchLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workbench/purchase-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order picked requisition lines: one draft purchase order per supplier, all or none
         * @description Each line goes to its chosen supplier, else its suggested one. Unit prices come from the supplier's price list valid on the order date for the quantity (quantity breaks apply); a line with no valid entry and no given unit price is refused by name. Partial quantities are allowed. Send an Idempotency-Key.
         */
        post: operations["postWorkbenchPurchaseOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List purchase orders, newest first
         * @description q matches the start of the PO number (any letter case), a fragment of the supplier name, or of a line description, item SKU or item name. overdue=true: expected delivery passed, not yet fully received; dueSoon=true: not yet fully received and expected from today to 7 days ahead; returned=true: drafts an approver sent back to their buyer. Requesters see their own department’s orders.
         */
        get: operations["getPurchaseOrders"];
        put?: never;
        /**
         * Create a draft purchase order (send Idempotency-Key to retry safely)
         * @description Currency, payment terms and addresses default from the supplier and the settings; description, unit and tax rate from the item. A supplier on hold is accepted with a warning; a blocked one is refused.
         */
        post: operations["postPurchaseOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One purchase order with its lines, totals, progress and sources */
        get: operations["getPurchaseOrdersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a purchase order (send If-Match); once approved, an edit is a change order (revision)
         * @description lines, when given, is the complete new set: a line with lineNo replaces that line, one without is added, a line left out is removed. A revision that raises the total or changes supplier or currency goes back for approval.
         */
        patch: operations["patchPurchaseOrdersById"];
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/approval-route": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The approval route and why: for a draft what submitting would do, once submitted the stored route with its decisions */
        get: operations["getPurchaseOrdersByIdApprovalRoute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for approval (send If-Match) */
        post: operations["postPurchaseOrdersByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (not your own order: its creator and buyer cannot) (send If-Match) */
        post: operations["postPurchaseOrdersByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject back to draft (reason required) (send If-Match) */
        post: operations["postPurchaseOrdersByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put on hold (reason required) (send If-Match) */
        post: operations["postPurchaseOrdersByIdHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release from hold to where it was (send If-Match) */
        post: operations["postPurchaseOrdersByIdRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel (reason required; not after receipts) (send If-Match) */
        post: operations["postPurchaseOrdersByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close (reason required unless fully received) (send If-Match) */
        post: operations["postPurchaseOrdersByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an order awaiting approval back to its buyer as a draft, saying what to change (comment required; send If-Match) */
        post: operations["postPurchaseOrdersByIdRequestChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/short-close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Short-close every line: what is not yet received is no longer expected (send If-Match) */
        post: operations["postPurchaseOrdersByIdShortClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/lines/{lineNo}/short-close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Short-close one line: what is not yet received is no longer expected (send If-Match) */
        post: operations["postPurchaseOrdersByIdLinesByLineNoShortClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Revisions (change orders) of a purchase order, newest first, with their diffs */
        get: operations["getPurchaseOrdersByIdRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/revisions/{revision}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One revision: the diff and the document as it stood before it */
        get: operations["getPurchaseOrdersByIdRevisionsByRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The purchase order as a printable PDF (the standard-format document sent to the supplier)
         * @description Written in the supplier’s language (its `language`, English when it has none); `language` asks for another.
         */
        get: operations["getPurchaseOrdersByIdPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/ubl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The purchase order as a PEPPOL document (UBL 2.1 XML): the order, its change or its cancellation
         * @description The original order is a PEPPOL Order (T01); a revised one an Order Change (T114) of its latest revision; a cancelled one an Order Cancellation (T115). A 409 names what the order lacks: an electronic address of the organisation or the supplier, a unit without its UN/ECE code.
         */
        get: operations["getPurchaseOrdersByIdUbl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the order to its supplier by e-mail, with the PDF and the UBL document (send If-Match)
         * @description E-mails the supplier's order contacts (or `recipients`, for this send only) a message with the PDF and the PEPPOL document attached; the order becomes `sent`. The first send carries the order; once sent, a later revision goes as a change order (PDF headed “Change order — revision N”, UBL OrderChange); the same revision may be sent again. The UBL document is left out, with the reason recorded, when the order lacks what PEPPOL needs (electronic addresses). 409 when the order cannot be sent in its state, the supplier is blocked or has no order contact: nothing is sent. Every send is kept: GET …/dispatches.
         */
        post: operations["postPurchaseOrdersByIdSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/dispatches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every send of the order, newest first: recipients, time, revision, files with their SHA-256 */
        get: operations["getPurchaseOrdersByIdDispatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/dispatches/{dispatchId}/files/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file of a send, byte for byte as it was sent: the PDF, the UBL document or the whole e-mail (.eml) */
        get: operations["getPurchaseOrdersByIdDispatchesByDispatchIdFilesByRole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/ship-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order's ship notices, newest first (the buyer, and the supplier's user) */
        get: operations["getPurchaseOrdersByIdShipNotices"];
        put?: never;
        /**
         * Give a ship notice (ASN) against the order: the supplier's user, or the buyer on the supplier's behalf (send Idempotency-Key)
         * @description Lines with the quantity shipped: at most what is still open on each line (ordered less short-closed, above the over-delivery tolerance of the settings, less what was shipped or received already). Numbered ASN-YYYY-NNNNN. The buyer is told when the supplier sent it. 409 when the order is not sent, is being changed, or is fully received, closed or cancelled; 422 names each line and field at fault.
         */
        post: operations["postPurchaseOrdersByIdShipNotices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ship-notices/despatch-advice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a ship notice as a UBL DespatchAdvice (XML body): the order is the one it names
         * @description UBL 2.0 to 2.4, any namespace prefixes (Content-Type: application/xml), checked against the OASIS schema. The order is found by `cac:OrderReference/cbc:ID` (our order number), its lines by `cac:DespatchLine/cac:OrderLineReference/cbc:LineID` (our line numbers; despatch lines of the same order line add up); `cbc:DeliveredQuantity` in its `unitCode` is converted to the line’s unit. Despatch date: `cac:Shipment/cac:Delivery/cac:Despatch/cbc:ActualDespatchDate` (else the issue date); expected delivery: `…/cac:Delivery/cac:EstimatedDeliveryPeriod/cbc:EndDate`; carrier: a `cac:CarrierParty`’s name; tracking: `cac:Delivery/cbc:TrackingID`, else the consignment’s carrier-assigned ID or ID; packages: `cbc:TotalTransportHandlingUnitQuantity`. 422 lists every problem with its place in the document (an unknown order, another supplier’s or one not sent read alike); nothing changes.
         */
        post: operations["postShipNoticesDespatchAdvice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tracking/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open lines of sent orders by delivery state, soonest expected first (the tracking board)
         * @description Every line of an order sent and not fully received, with its needed-by, promised and expected dates (the latest ship notice’s, else promised, else needed-by) and its state today: late, at_risk (promised later than needed, expected later than promised, or not acknowledged `acknowledgementDueDays` after sending), not_acknowledged, on_track. Lines without any date come last. Filters: supplier, buyer, the expected-date window, the state. Export: GET /tracking/lines/export.
         */
        get: operations["getTrackingLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tracking/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many open lines are in each delivery state, under the board’s filters (up to 1,000 each) */
        get: operations["getTrackingCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Goods receipts and reversals of the orders one can see, newest first */
        get: operations["getReceipts"];
        put?: never;
        /**
         * Receive goods against an order: a goods receipt GR-YYYY-NNNNN (send Idempotency-Key)
         * @description Per order line the quantity that arrived, in the line’s unit or one that converts to it (`unitCode`), with lot and serial numbers; from a ship notice (`shipNoticeId`) or from the order. Only orders in `sent`, `acknowledged` or `partially_received` can be received (409 naming the state otherwise). A quantity beyond what is open plus the over-receipt tolerance (GET /api/v1/tolerances/effective) is a 422 naming the line, its open quantity and the limit, and nothing is recorded; within the tolerance the excess is flagged (`overReceived`). Goods of an item or category that needs inspection await it (`pending_inspection`); others are accepted at once. The order’s progress and state follow from accepted quantity. 409 with the new open quantity when another receipt took it meanwhile. Services (lines of a service item) are confirmed by `amount` (what it pays for at the line’s net unit price) or `percentComplete` (how far the whole line is done; what it adds is received), or by quantity; a requester or buyer (`receiving:confirm`) confirms service lines only, receivers receive anything.
         */
        post: operations["postReceipts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expected-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dock’s lookup: orders awaiting goods, by order, supplier, ship-notice or tracking number
         * @description Orders in `sent`, `acknowledged` or `partially_received` that one can see, found by order number, supplier or item, or by a ship notice’s number, tracking number or the supplier’s delivery-note number (exactly, in any letter case: what a barcode scanner types). An order named by a ship notice comes first, with `matchedShipNoticeId`. At most 10, each with its ship notices.
         */
        get: operations["getExpectedDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One goods receipt (or reversal) with its lines and their inspections */
        get: operations["getReceiptsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}/ubl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The receipt as a UBL Receipt Advice (XML)
         * @description OASIS UBL 2.1 `ReceiptAdvice`, valid against the schema: per line the quantity received (less reversals), `ShortQuantity` against the ship notice the goods came with, `RejectedQuantity` with `RejectReasonCode` and `RejectReason` from inspection. 409 for a reversal (its receipt’s advice says what is left).
         */
        get: operations["getReceiptsByIdUbl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a receipt by a reversal: a new GR record taking back the whole receipt or some of its lines
         * @description A receipt is never edited or deleted. `reason` is required; `lines` names what to take back (left out: everything that can be). Goods accepted on receipt can be taken back whole; goods of an inspected item only while they await inspection (inspected goods go back by a return). The order’s quantities and state follow. Answers the reversal.
         */
        post: operations["postReceiptsByIdReverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}/inspection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record quality inspection results on a receipt’s lines awaiting inspection
         * @description Per line the quantity accepted and the quantity rejected with a reason (`other` needs `rejectionNote`). Accepted + rejected never exceeds what awaits inspection; the rest may be inspected later. Accepted quantity counts as delivered: the order’s progress and state follow. Photos and test reports attach to the receipt (POST /api/v1/receipts/{id}/attachments). Answers the receipt.
         */
        post: operations["postReceiptsByIdInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inspection queue: receipt lines awaiting inspection, oldest first */
        get: operations["getInspectionsPending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns to supplier of the orders one can see, newest first */
        get: operations["getReturns"];
        put?: never;
        /**
         * Return rejected goods of a receipt to their supplier: RTV-YYYY-NNNNN (send Idempotency-Key)
         * @description Per line what goes back (`lines`; left out: everything rejected on the receipt and not yet returned) — never more than was rejected at inspection and not yet returned — and what is expected: `replacement` by `replacementExpectedOn` (the quantity stays open on the order line, due on that date) or `credit` (the quantity is no longer expected; the order may be complete with what was accepted). The supplier is told at once: its portal users in the app and by e-mail, otherwise the addresses the order was sent to. 409 when the order is closed, cancelled or on hold.
         */
        post: operations["postReturns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A return to supplier */
        get: operations["getReturnsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier’s returns: goods sent back to it, newest first (its own only) */
        get: operations["getPortalReturns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the supplier’s returns; 404 for any other supplier’s */
        get: operations["getPortalReturnsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Supplier invoices and credit notes, newest first: by status, supplier, order, due date */
        get: operations["getInvoices"];
        put?: never;
        /**
         * Enter a supplier invoice or credit note against an order: INV-YYYY-NNNNN (send Idempotency-Key)
         * @description Lines bill order lines (`orderLineNo`): quantity (in the line’s unit or one that converts), net price per `baseQuantity`, line allowances and charges, tax category and rate (the order line’s by default). Header allowances and charges, prepaid and rounding amounts; `totals` the supplier states are checked against the lines to the cent (422 naming every field that does not add up). The currency is the order’s; terms default to the order’s; IBAN and BIC are checked. The same supplier number again (case, spaces, punctuation and leading zeros aside) is a 409 naming the invoice that has it. Unless `submit` is false the invoice is matched at once: `matched`, `matching` (waiting for goods not yet received) or `exception` with every variance in words (docs/accounts-payable.md).
         */
        post: operations["postInvoices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a supplier’s UBL Invoice or CreditNote (XML body): INV-YYYY-NNNNN, matched at once
         * @description UBL 2.0, 2.1 or 2.4 (PEPPOL BIS Billing 3 included), any namespace prefixes (Content-Type: application/xml), checked against the OASIS schema. The order is found by `cac:OrderReference/cbc:ID` (our order number), each line’s order line by `cac:OrderLineReference/cbc:LineID`; `cbc:InvoicedQuantity` (`cbc:CreditedQuantity`) in its `unitCode` is converted to the order line’s unit. Allowances and charges at header and line level, prices per `cbc:BaseQuantity`, negative lines and several tax categories are read as the document states them, and its arithmetic (lines → `cbc:LineExtensionAmount` → `cbc:TaxExclusiveAmount` → tax subtotals → `cbc:PayableAmount`) is checked to the cent. A seller whose tax id or `cbc:EndpointID` is not the order’s supplier’s is refused. Files it embeds (`cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject`, usually its PDF) become the invoice’s attachments when they are of a kind that may be attached. Lines naming no order line are proposed by item (`cac:BuyersItemIdentification`: our SKU) and price, and the invoice is kept as a draft to confirm. 422 lists every problem with its place in the document; nothing is stored. 409 when the supplier’s number was entered already.
         */
        post: operations["postInvoicesImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/import/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import supplier invoices from CSV (text/csv) or an Excel workbook: every invoice or none
         * @description One row per invoice line. Columns: supplierInvoiceNumber, orderNumber, issueDate, quantity, unitPrice (required); kind, orderLineNo, description, unitCode, taxCategory, taxRate, lineNetAmount, taxPointDate, receivedOn, currency, totalTaxAmount, totalPayableAmount, note. The rows with the same orderNumber and supplierInvoiceNumber are one invoice; its header cells (dates, currency, totals, note) come from the first row that fills them, and a later row saying otherwise is a problem. Each invoice is checked as one entered by hand and matched at once. If any row is bad nothing is imported and the 422 lists every problem as `line N.column` (the header is line 1). docs/accounts-payable.md#csv-invoices
         */
        post: operations["postInvoicesImportCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An invoice with its lines, their match and the ledger entries it consumed */
        get: operations["getInvoicesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a draft invoice: confirm or change its lines and header (send If-Match)
         * @description Only a draft is edited (409 otherwise): one kept as a draft, or imported with lines the document did not tie to order lines. The fields given replace the draft’s; `lines`, when given, is the complete new set. Checked as at creation: 422 naming every problem, nothing stored; 409 when the supplier’s number belongs to another invoice. Then `POST /invoices/{id}/submit` matches it.
         */
        patch: operations["patchInvoicesById"];
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/invoiceable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What there is to invoice on an order, per line: to fill in an invoice
         * @description Per order line: ordered, accepted and billed quantities; what is available — accepted and not yet billed (three-way) or ordered and not yet billed (two-way) —, what the order’s open invoices (drafts, awaiting goods, exceptions) bill already, and `quantityToInvoice`, the difference; the order’s net unit price, unit and tax. `invoiceable` says whether the order takes invoices now.
         */
        get: operations["getPurchaseOrdersByIdInvoiceable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/approval-route": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The approval route of the invoice’s variances (the last acceptance the policy routed), with its decisions and what the reader may do; kind none when none was routed */
        get: operations["getInvoicesByIdApprovalRoute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for matching (send If-Match) */
        post: operations["postInvoicesByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/rematch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Match an invoice that waits for goods or is an exception again (receipts since may settle it) (send If-Match) */
        post: operations["postInvoicesByIdRematch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an exception’s variances with a reason (not by one of the order’s authors: its buyer, creator, editors or requesters); when the invoice_variance approval policy routes their amount, they go to approval instead (`varianceApproval.status` pending) (send If-Match) */
        post: operations["postInvoicesByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/approve-variance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the acceptance of the variances on your step of its route (`reason`: an optional comment); the last approval accepts them (send If-Match) */
        post: operations["postInvoicesByIdApproveVariance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/reject-variance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject the acceptance of the variances with a reason: the invoice stays an exception (send If-Match) */
        post: operations["postInvoicesByIdRejectVariance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/request-credit-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the supplier for a credit note against an exception: `reason` is what it is told, with the variances (send If-Match) */
        post: operations["postInvoicesByIdRequestCreditNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a matched invoice for payment (send If-Match) */
        post: operations["postInvoicesByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put on hold (reason required) (send If-Match) */
        post: operations["postInvoicesByIdHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release from hold to where it was (send If-Match) */
        post: operations["postInvoicesByIdRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject with a reason (what it consumed is given back; its number may be used again) (send If-Match) */
        post: operations["postInvoicesByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an invoice entered in error (reason required) (send If-Match) */
        post: operations["postInvoicesByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payment runs, newest first, with their totals per currency */
        get: operations["getPaymentRuns"];
        put?: never;
        /**
         * Propose a payment run: PAY-YYYY-NNNNN, a draft (send Idempotency-Key)
         * @description Every invoice approved for payment that is due by `dueBy`, or whose early-payment discount expires before `nextRunDate`, in full less the discount paying on `paymentDate` earns; the same suppliers’ approved credit notes are set off while something is left to pay. The draft reserves nothing: `suppliers` shows per supplier and currency what would be paid and what stops it (no bank account …). 422 when nothing is to be paid (docs/accounts-payable.md#payment-runs).
         */
        post: operations["postPaymentRuns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment run: its lines, per supplier and currency what is paid, its payments */
        get: operations["getPaymentRunsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Trim a draft run: remove lines, or pay an invoice in part (send If-Match)
         * @description Each entry names a line: `remove: true` takes it out; `amount` pays that much of the invoice (more than 0, at most what is open; the discount stays only when the amount and it settle the invoice). A credit note is set off in full or removed. Every problem in one 422; nothing changes unless all are right.
         */
        patch: operations["patchPaymentRunsById"];
        trace?: never;
    };
    "/api/v1/payment-runs/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a draft: one payment per supplier and currency, its invoices scheduled (409 naming any another run took or that was held), the bank files and remittance advices follow (send If-Match) */
        post: operations["postPaymentRunsByIdConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-runs/{id}/mark-paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The bank paid the run: its payments and their invoices are paid (in part: approved for the rest) (send If-Match) */
        post: operations["postPaymentRunsByIdMarkPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-runs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discard a draft (payments:write), or withdraw a confirmed run with a reason (payments:approve; its invoices are approved for payment again) (send If-Match) */
        post: operations["postPaymentRunsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-runs/{id}/status-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the bank’s payment status report (ISO 20022 pain.002, XML body): payments paid, rejected or still pending (send If-Match)
         * @description pain.002.001.10 (the answer to pain.001.001.09 in the EPC SEPA profile) or pain.002.001.03, told by the namespace, any prefixes (Content-Type: application/xml). `OrgnlGrpInfAndSts/OrgnlMsgId` must be the run’s number and each `TxInfAndSts/OrgnlEndToEndId` one of its payments’ numbers. The status of a transfer is its `TxSts`, else its block’s `PmtInfSts`, else the group’s `GrpSts` (which also speaks for the file’s unnamed payments when no transaction is named, and always when it is RJCT). ACSC, ACSP, ACWC, ACCC: paid, as marking the run paid pays it; RJCT: rejected with the reason of `StsRsnInf` (`Rsn/Cd`, `AddtlInf`), its invoices approved for payment again; RCVD, ACTC, ACCP, PDNG and the like: nothing changes. When no payment is left scheduled the run is paid (cancelled when every payment was rejected). The same report again changes nothing. 422 with every problem (not XML, not a pain.002, another run’s file, unknown end-to-end ids, unknown status codes), nothing applied; 409 for a draft or a run a person cancelled, or a report contradicting a payment already paid or rejected (docs/accounts-payable.md#bank-status-reports).
         */
        post: operations["postPaymentRunsByIdStatusReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payments of every confirmed run, newest run first, with their status and any rejection reason */
        get: operations["getPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How an invoice is paid: the payment runs it is in and what each pays of it, oldest first */
        get: operations["getInvoicesByIdPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-runs/{id}/pain001": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The run’s SEPA payments as an ISO 20022 pain.001.001.09 credit-transfer file (XML)
         * @description Euros to an IBAN, in the European Payments Council’s SEPA profile (EPC132-08 2023, validated against its schema): one payment information block for the run (execution date, the organisation’s account), one transfer per payment with its number as end-to-end id and the supplier’s invoice numbers as remittance text. The same file every time; 409 before confirmation or when the run has no SEPA payment.
         */
        get: operations["getPaymentRunsByIdPain001"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-runs/{id}/bank-transfers.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The run’s other payments (not euros to an IBAN) as a CSV for the bank’s upload */
        get: operations["getPaymentRunsByIdBankTransfers.csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/portal-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier's portal users and where each invitation stands */
        get: operations["getSuppliersByIdPortalUsers"];
        put?: never;
        /**
         * Invite a supplier's contact to the portal: an e-mail with a one-time link to set a password (7 days)
         * @description The user is bound to this supplier (role supplier) and sees only its orders. Inviting the same address again before it set its password sends a new link and ends the old one. 409 for a blocked supplier, or an address that already has an account.
         */
        post: operations["postSuppliersByIdPortalUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/supplier-responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier's answers to the order, newest first (at most 50) */
        get: operations["getPurchaseOrdersByIdSupplierResponses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/supplier-response/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the supplier's proposal: a change order, sent back to the supplier (send If-Match)
         * @description Changed quantities, prices and dates become a new revision (rejected lines are removed), with the approval policy’s re-approval rules. Without re-approval the change is sent to the supplier at once and the order is acknowledged with the promised dates; with it, the order waits for approval. 409 when no proposal awaits a decision.
         */
        post: operations["postPurchaseOrdersByIdSupplierResponseAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/supplier-response/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline the supplier's proposal with a message to the supplier; the order stands as sent */
        post: operations["postPurchaseOrdersByIdSupplierResponseDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/supplier-responses/{responseId}/ubl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A supplier's answer as a PEPPOL Order Response (UBL XML), for the buyer
         * @description Code AP when every line was accepted as ordered, RE when every line was rejected, else CA with each line’s status (UNCL 1229: 5 accepted, 3 changed, 7 not accepted), promised date, quantity and price. 409 names what the order lacks for PEPPOL.
         */
        get: operations["getPurchaseOrdersByIdSupplierResponsesByResponseIdUbl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders/{id}/answers/{responseId}/ubl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A supplier's answer as a PEPPOL Order Response (UBL XML), for the supplier
         * @description Code AP when every line was accepted as ordered, RE when every line was rejected, else CA with each line’s status (UNCL 1229: 5 accepted, 3 changed, 7 not accepted), promised date, quantity and price. 409 names what the order lacks for PEPPOL.
         */
        get: operations["getPortalOrdersByIdAnswersByResponseIdUbl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the password of an invited user through its one-time link; then sign in
         * @description 422 on `token` when the link is unknown, used or expired; on `password` when it is too short.
         */
        post: operations["postAuthInvitationsAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier's orders it was sent, by tab, most recently sent first */
        get: operations["getPortalOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order as the supplier was sent it, with its answers; 404 for any other supplier’s */
        get: operations["getPortalOrdersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/supplier-response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a sent order, line by line: accept, change (date, quantity, price) or reject (send Idempotency-Key)
         * @description One submission answers every line. All accepted as ordered: the order is acknowledged with the promised dates. Any change or rejection: a proposal the buyer accepts or declines; until then a new answer replaces it. 409 when the order is not awaiting an answer or changed since it was read (`orderRevision`); 422 names each line and field at fault.
         */
        post: operations["postPurchaseOrdersByIdSupplierResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/order-response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a sent order with a UBL OrderResponse (the supplier's system), or record one the supplier e-mailed (the buyer)
         * @description The XML document is the body (Content-Type: application/xml), UBL 2.0 to 2.4, any namespace prefixes. It is checked against the OASIS schema, then read as the portal’s answer: `cac:OrderReference/cbc:ID` must be the order’s number; each `cac:OrderLine` names the order line it answers in `cac:OrderLineReference/cbc:LineID` (else the line item’s `cbc:ID`), with `cbc:LineStatusCode` 5 (accepted), 3 (changed: quantity, `cac:Price`, `cac:Delivery/cac:PromisedDeliveryPeriod`) or 7 (not accepted, `cbc:Note` says why). Lines it does not name follow `cbc:OrderResponseCode`: AP and CA accept them as ordered, RE rejects them. Same outcome as the portal: acknowledged, or a proposal for the buyer. 422 lists every problem with its place in the document (a line, or an XML path); nothing changes. The document is kept as sent.
         */
        post: operations["postPurchaseOrdersByIdOrderResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The supplier's invoices and credit notes, newest first, with where each stands and what was paid
         * @description Only the supplier’s own. `status` in the supplier’s words (received, being_checked, query_raised, approved, payment_scheduled, paid, rejected, cancelled); `q` part of our number or of the supplier’s. Nothing internal: no match, tolerances, approvers or notes.
         */
        get: operations["getPortalInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the supplier’s invoices: lines, totals, payments and any credit-note request; 404 for any other */
        get: operations["getPortalInvoicesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders/{id}/invoiceable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the supplier may invoice of its order now: received (or, needing no receipt, ordered) and not invoiced */
        get: operations["getPortalOrdersByIdInvoiceable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders/{id}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn the order into the supplier’s invoice: matched at once like any other (send Idempotency-Key)
         * @description The supplier’s invoice number, issue date, optional tax point date and lines (order line, quantity, net unit price); tax and unit are the order line’s. Matched as any invoice (source portal): within tolerance it is checked, otherwise accounts payable looks at it. 404 for an order not sent to the supplier; 409 while the supplier is blocked, or when its invoice number was entered already; 422 when nothing of the order is to invoice yet (the reason in words), or at each line and field at fault — nothing is stored.
         */
        post: operations["postPortalOrdersByIdInvoices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every approval policy, by document type and name */
        get: operations["getApprovalPolicies"];
        put?: never;
        /** Create an approval policy (one enabled policy per document type) */
        post: operations["postApprovalPolicies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One approval policy */
        get: operations["getApprovalPoliciesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, enable, disable or redefine (steps replace all steps) a policy; send If-Match
         * @description Documents already submitted keep the route they were given.
         */
        patch: operations["patchApprovalPoliciesById"];
        trace?: never;
    };
    "/api/v1/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your delegations, given and received, that have not ended */
        get: operations["getDelegations"];
        put?: never;
        /** Let somebody act on your approvals for a time (out of office) */
        post: operations["postDelegations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delegations/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whom you may choose as delegate: active users other than you who hold an approval permission */
        get: operations["getDelegationsCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delegations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End a delegation you gave */
        delete: operations["deleteDelegationsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What waits for your decision (or for those you are delegate of), oldest first */
        get: operations["getApprovalsInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/bulk-approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve several documents; each succeeds or fails on its own, with the reason */
        post: operations["postApprovalsBulkApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first (?unread=true for the unread ones) */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your notifications are unread */
        get: operations["getNotificationsUnreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all your notifications read, or only those about one document
         * @description With `documentType` and `documentId`, only your notifications about that document are marked read: the web app does this when you open the document.
         */
        post: operations["postNotificationsReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read (somebody else’s is not found) */
        post: operations["postNotificationsByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every e-mail sent or waiting to be sent, newest first */
        get: operations["getOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One e-mail with its text and HTML */
        get: operations["getOutboxById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your home page: what waits for you, and the figures of your roles
         * @description Each part is there for the roles whose work it is (approvals for approvers, requisitions for requesters, the workbench and purchasing for buyers, spend for report readers) and null otherwise. Every count is an indexed query that stops at 1,000 (`more`: there may be more).
         */
        get: operations["getHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/spend-by-supplier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Committed spend by supplier and month for one year, largest supplier first
         * @description Spend is the base-currency total of approved orders and every state after them (closed included, on hold from one of those), by month of the order date. Read from a summary kept in the same transaction as every order change.
         */
        get: operations["getReportsSpendBySupplier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/spend-summary/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prove the spend summary equal to the raw sum over purchase orders */
        post: operations["postReportsSpendSummaryVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/grni": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Goods received not invoiced (GRNI) as of the end of a day, per order and supplier
         * @description Per order line: accepted by the end of `asOf` (receipts of goods not inspected, inspections' accepted quantities, less reversals, each by its own date) less what the match ledger had invoiced by then, never below zero, at the line's net price; per order in its currency and in base currency at the order's rate, per supplier, and totals. A past day gives that day's figure.
         */
        get: operations["getReportsGrni"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/ap-aging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * AP aging as of the end of a day: open payables by days past due, per supplier and currency
         * @description Invoices issued by `asOf`, submitted (matching, matched, exception, approved for payment, scheduled, on hold except held drafts) or paid after it, never rejected or cancelled; payable amounts (credit notes negative) in buckets of days past the due date: current (not yet due), 1–30, 31–60, 61–90, over 90. Base-currency amounts at each invoice’s rate.
         */
        get: operations["getReportsApAging"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/payment-discounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Early-payment discounts taken and missed: invoices whose discount date falls in a period
         * @description Each invoice with early-payment terms whose discount date is between `from` and `to`: what the discount was worth (the percentage of the payable amount), whether a payment run took it (`taken`), it was lost (`missed`: the date passed, or the invoice was paid without it) or can still be (`open`); totals per currency and in base currency at each invoice’s rate.
         */
        get: operations["getReportsPaymentDiscounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/exchange-differences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exchange differences in base currency: invoices against their orders, payments against their invoices
         * @description Each invoice or credit note in another currency than the base one, issued between `from` and `to` and booked as actual spend (approved for payment and after): its payable amount at its order’s rate and at its own, and the difference. Each payment in another currency scheduled or paid on a payment date in the period: its base amount at the payment date’s rate against what its invoices were booked at. Totals per currency and overall; positive differences cost more in base currency.
         */
        get: operations["getReportsExchangeDifferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/goods-received-not-invoiced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's goods received not invoiced, per line (accepted value less invoiced value) */
        get: operations["getPurchaseOrdersByIdGoodsReceivedNotInvoiced"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A supplier’s scorecard for a period: measures, score, grade and 12-month trend */
        get: operations["getSuppliersByIdScorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/scorecard/drill-down": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The orders, lines and invoices behind one figure of a supplier’s scorecard */
        get: operations["getSuppliersByIdScorecardDrillDown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every supplier with orders in the period, scored and sorted (one category, or all) */
        get: operations["getScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecard-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How scores are computed: grace and response days, minimum orders, weights, grade bands */
        get: operations["getScorecardSettings"];
        /**
         * Change how scores are computed (send If-Match with the ETag)
         * @description New grace or response days score every sent order again in the background (`factsBuiltAt` is null until done); weights, bands and the minimum apply at once.
         */
        put: operations["putScorecardSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/supplier-ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The suppliers with a valid price for an item, ranked by price and scorecard, with the reason */
        get: operations["getItemsByIdSupplierRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supplier-grades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suppliers’ grades over the last 12 months (the badges of supplier pickers) */
        get: operations["getSupplierGrades"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/scorecard-hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a supplier on hold because of its scorecard (send If-Match with the supplier’s ETag)
         * @description The reason and a snapshot of the scorecard for the period (score, grade, each measure) are kept in the supplier’s history.
         */
        post: operations["postSuppliersByIdScorecardHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order’s ratings, newest first, and whether the caller may rate it */
        get: operations["getPurchaseOrdersByIdRatings"];
        put?: never;
        /**
         * Rate an order (or one line) 1–5 on delivery, quality and service (send Idempotency-Key)
         * @description Its requesters and whoever received it rate it once something was received (`partially_received`, `received` or `closed`); its buyer gives the close-out evaluation once it is `received` or `closed`. Anyone else: 403; a supplier’s user: 404; too early: 409 naming the status. One rating per person per order and per line (`lineNo`): a second is a 409 and changes nothing. Counted in the supplier’s satisfaction measure once relayed (`purchase_order.rated`).
         */
        post: operations["postPurchaseOrdersByIdRatings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event types an endpoint can subscribe to */
        get: operations["getWebhooksEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registered webhook endpoints, newest first */
        get: operations["getWebhooks"];
        put?: never;
        /** Register an HTTPS endpoint for event types; the answer shows its signing secret once */
        post: operations["postWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook endpoint */
        get: operations["getWebhooksById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an endpoint’s URL, description or event types, or disable / enable it (send If-Match) */
        patch: operations["patchWebhooksById"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret, shown once; the previous one keeps signing for overlapHours (default 24) (send If-Match) */
        post: operations["postWebhooksByIdRotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a webhook.ping event to this endpoint (it appears in the delivery log) */
        post: operations["postWebhooksByIdPing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint’s delivery log, newest first, with each answer’s HTTP status */
        get: operations["getWebhooksByIdDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Try a pending or failed delivery again now */
        post: operations["postWebhooksByIdDeliveriesByDeliveryIdRedeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requisitions/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files attached to a requisition, oldest first */
        get: operations["getRequisitionsByIdAttachments"];
        put?: never;
        /**
         * Attach a file to a requisition (multipart/form-data, one part named "file")
         * @description The type is sniffed from the bytes and must be a PDF, an image, an office document, text, CSV or an e-mail; the size at most OPENPO_ATTACHMENT_MAX_BYTES (20 MB by default). 422 names the reason.
         */
        post: operations["postRequisitionsByIdAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requisitions/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comment thread of a requisition, oldest first */
        get: operations["getRequisitionsByIdComments"];
        put?: never;
        /** Comment on a requisition; the people in mentionedUserIds are notified */
        post: operations["postRequisitionsByIdComments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files attached to a purchase order, oldest first */
        get: operations["getPurchaseOrdersByIdAttachments"];
        put?: never;
        /**
         * Attach a file to a purchase order (multipart/form-data, one part named "file")
         * @description The type is sniffed from the bytes and must be a PDF, an image, an office document, text, CSV or an e-mail; the size at most OPENPO_ATTACHMENT_MAX_BYTES (20 MB by default). 422 names the reason.
         */
        post: operations["postPurchaseOrdersByIdAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comment thread of a purchase order, oldest first */
        get: operations["getPurchaseOrdersByIdComments"];
        put?: never;
        /** Comment on a purchase order; the people in mentionedUserIds are notified */
        post: operations["postPurchaseOrdersByIdComments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files attached to a goods receipt, oldest first */
        get: operations["getReceiptsByIdAttachments"];
        put?: never;
        /**
         * Attach a file to a goods receipt (multipart/form-data, one part named "file")
         * @description The type is sniffed from the bytes and must be a PDF, an image, an office document, text, CSV or an e-mail; the size at most OPENPO_ATTACHMENT_MAX_BYTES (20 MB by default). 422 names the reason.
         */
        post: operations["postReceiptsByIdAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comment thread of a goods receipt, oldest first */
        get: operations["getReceiptsByIdComments"];
        put?: never;
        /** Comment on a goods receipt; the people in mentionedUserIds are notified */
        post: operations["postReceiptsByIdComments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files attached to a return to supplier, oldest first */
        get: operations["getReturnsByIdAttachments"];
        put?: never;
        /**
         * Attach a file to a return to supplier (multipart/form-data, one part named "file")
         * @description The type is sniffed from the bytes and must be a PDF, an image, an office document, text, CSV or an e-mail; the size at most OPENPO_ATTACHMENT_MAX_BYTES (20 MB by default). 422 names the reason.
         */
        post: operations["postReturnsByIdAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files attached to a invoice, oldest first */
        get: operations["getInvoicesByIdAttachments"];
        put?: never;
        /**
         * Attach a file to a invoice (multipart/form-data, one part named "file")
         * @description The type is sniffed from the bytes and must be a PDF, an image, an office document, text, CSV or an e-mail; the size at most OPENPO_ATTACHMENT_MAX_BYTES (20 MB by default). 422 names the reason.
         */
        post: operations["postInvoicesByIdAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comment thread of a invoice, oldest first */
        get: operations["getInvoicesByIdComments"];
        put?: never;
        /** Comment on a invoice; the people in mentionedUserIds are notified */
        post: operations["postInvoicesByIdComments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/returns/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files sent with one of the supplier’s returns (inspection photos, test reports) */
        get: operations["getPortalReturnsByIdAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An attachment's file, as a download; only for people who can read its document */
        get: operations["getAttachmentsByIdContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/attachments/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file sent with one of the supplier’s returns, as a download; any other is not found */
        get: operations["getPortalAttachmentsByIdContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an attachment from its document (who attached it, or an administrator); the audit trail keeps it */
        delete: operations["deleteAttachmentsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active people whose name or e-mail contains q, by name: whom a comment can mention */
        get: operations["getPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tracking/lines/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tracking board’s lines as CSV or Excel, under its filters
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getTrackingLinesExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The purchase order list as CSV or Excel, under the list’s filters
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getPurchaseOrdersExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The payments list as CSV or Excel, under the list’s filters
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getPaymentsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requisitions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The requisition list as CSV or Excel, under the list’s filters
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getRequisitionsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit entries as CSV or Excel: the whole log (auditors, administrators) or one record’s history
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getAuditExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The user list as CSV or Excel, under the list’s filters: names, e-mails, roles, departments
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed. For access reviews: every account with its roles and whether it can sign in.
         */
        get: operations["getUsersExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/spend-by-supplier/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The spend report (committed spend by supplier and month for one year) as CSV or Excel
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed. Amounts in the base currency; one column per month of the (fiscal) year.
         */
        get: operations["getReportsSpendBySupplierExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/grni/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Goods received not invoiced as of a day, one row per order, as CSV or Excel
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getReportsGrniExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/ap-aging/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * AP aging as of a day, one row per supplier and currency, as CSV or Excel
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getReportsApAgingExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/payment-discounts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Early-payment discounts taken and missed in a period, one row per invoice, as CSV or Excel
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getReportsPaymentDiscountsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/exchange-differences/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exchange differences of a period, one row per invoice and per payment, as CSV or Excel
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getReportsExchangeDifferencesExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The department list as CSV or Excel, under the list’s filters
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getDepartmentsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cost-centres/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cost centre list as CSV or Excel, under the list’s filters
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getCostCentresExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budgets/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The budget list as CSV or Excel, under the list’s filters
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getBudgetsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/item-categories/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The item category list as CSV or Excel, under the list’s filters
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getItemCategoriesExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/inbox/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What waits for your decision (and for those you are delegate of) as CSV or Excel
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getApprovalsInboxExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workbench/lines/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The requisition lines waiting to be ordered as CSV or Excel, under the workbench’s filters
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed. With the remaining quantity and the suggested supplier’s best price today.
         */
        get: operations["getWorkbenchLinesExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The e-mail outbox as CSV or Excel, under its status filter: every message sent or waiting
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getOutboxExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unit list as CSV or Excel, under the list’s filters
         * @description The list under the same filters as its page, every row (at most 50,000: more is a 422 asking to narrow the filters), as CSV (UTF-8 with a byte-order mark) or an Excel workbook with dates and numbers typed.
         */
        get: operations["getUnitsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live updates: what changed, as server-sent events, filtered to what you may see
         * @description A text/event-stream of `data: {"type": "purchase_order.shipped", "subject": {"type": "purchase_order", "id": "…"}}` with the event’s position as `id`; reload what you show of that document. A reconnecting client sends `Last-Event-ID` and gets what it missed (or `event: reset` when that is too much: reload everything). A comment line every 20 s keeps the connection open.
         */
        get: operations["getEventsStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        UpdatePreferencesRequestInput: {
            language?: ("en" | "de") | null;
            locale?: string | null;
        };
        /** @description A PEPPOL participant id. Schemes: 0002, 0007, 0009, 0060, 0088, 0096, 0097, 0106, 0130, 0135, 0142, 0151, 0183, 0184, 0188, 0190, 0191, 0192, 0195, 0196, 0198, 0199, 0200, 0201, 0204, 0208, 0209, 0210, 0211, 0216, 0218, 0221, 0225, 0230, 0235, 0240, 0242, 0244, 0245, 0246, 0248, 9910, 9913, 9914, 9915, 9918, 9919, 9920, 9922, 9923, 9924, 9925, 9926, 9927, 9928, 9929, 9930, 9931, 9932, 9933, 9934, 9935, 9936, 9937, 9938, 9939, 9940, 9941, 9942, 9943, 9944, 9945, 9946, 9947, 9948, 9949, 9950, 9951, 9952, 9953, 9957, 9959 */
        ElectronicAddressInput: {
            /**
             * @description Electronic Address Scheme (EAS) code, e.g. 0088 (GLN), 0192, 9930
             * @example 0088
             */
            scheme: string;
            /**
             * @description The participant id in that scheme
             * @example 7300010000001
             */
            id: string;
        };
        LegalRegistrationInput: {
            /** @description The company register number */
            id: string;
            /**
             * @description The register’s ISO 6523 code (e.g. 0002 SIRENE), if known
             * @default null
             */
            scheme?: string | null;
        };
        ApprovalConditionInput: ({
            amountAtLeast: string;
        } | {
            departmentIn: string[];
        } | {
            costCentreIn: string[];
        } | {
            categoryIn: string[];
        } | {
            supplierStatusIn: ("active" | "on_hold" | "blocked")[];
        } | {
            /**
             * @description The supplier’s scorecard grade over the last 12 months is below this one (a supplier without enough data for a grade is not)
             * @enum {string}
             */
            supplierGradeBelow: "A" | "B" | "C" | "D";
        } | {
            /** @constant */
            budgetExceeded: true;
        } | {
            /** @constant */
            always: true;
        }) | {
            all: (({
                amountAtLeast: string;
            } | {
                departmentIn: string[];
            } | {
                costCentreIn: string[];
            } | {
                categoryIn: string[];
            } | {
                supplierStatusIn: ("active" | "on_hold" | "blocked")[];
            } | {
                /**
                 * @description The supplier’s scorecard grade over the last 12 months is below this one (a supplier without enough data for a grade is not)
                 * @enum {string}
                 */
                supplierGradeBelow: "A" | "B" | "C" | "D";
            } | {
                /** @constant */
                budgetExceeded: true;
            } | {
                /** @constant */
                always: true;
            }) | ({
                all: ({
                    amountAtLeast: string;
                } | {
                    departmentIn: string[];
                } | {
                    costCentreIn: string[];
                } | {
                    categoryIn: string[];
                } | {
                    supplierStatusIn: ("active" | "on_hold" | "blocked")[];
                } | {
                    /**
                     * @description The supplier’s scorecard grade over the last 12 months is below this one (a supplier without enough data for a grade is not)
                     * @enum {string}
                     */
                    supplierGradeBelow: "A" | "B" | "C" | "D";
                } | {
                    /** @constant */
                    budgetExceeded: true;
                } | {
                    /** @constant */
                    always: true;
                })[];
            } | {
                any: ({
                    amountAtLeast: string;
                } | {
                    departmentIn: string[];
                } | {
                    costCentreIn: string[];
                } | {
                    categoryIn: string[];
                } | {
                    supplierStatusIn: ("active" | "on_hold" | "blocked")[];
                } | {
                    /**
                     * @description The supplier’s scorecard grade over the last 12 months is below this one (a supplier without enough data for a grade is not)
                     * @enum {string}
                     */
                    supplierGradeBelow: "A" | "B" | "C" | "D";
                } | {
                    /** @constant */
                    budgetExceeded: true;
                } | {
                    /** @constant */
                    always: true;
                })[];
            }))[];
        } | {
            any: (({
                amountAtLeast: string;
            } | {
                departmentIn: string[];
            } | {
                costCentreIn: string[];
            } | {
                categoryIn: string[];
            } | {
                supplierStatusIn: ("active" | "on_hold" | "blocked")[];
            } | {
                /**
                 * @description The supplier’s scorecard grade over the last 12 months is below this one (a supplier without enough data for a grade is not)
                 * @enum {string}
                 */
                supplierGradeBelow: "A" | "B" | "C" | "D";
            } | {
                /** @constant */
                budgetExceeded: true;
            } | {
                /** @constant */
                always: true;
            }) | ({
                all: ({
                    amountAtLeast: string;
                } | {
                    departmentIn: string[];
                } | {
                    costCentreIn: string[];
                } | {
                    categoryIn: string[];
                } | {
                    supplierStatusIn: ("active" | "on_hold" | "blocked")[];
                } | {
                    /**
                     * @description The supplier’s scorecard grade over the last 12 months is below this one (a supplier without enough data for a grade is not)
                     * @enum {string}
                     */
                    supplierGradeBelow: "A" | "B" | "C" | "D";
                } | {
                    /** @constant */
                    budgetExceeded: true;
                } | {
                    /** @constant */
                    always: true;
                })[];
            } | {
                any: ({
                    amountAtLeast: string;
                } | {
                    departmentIn: string[];
                } | {
                    costCentreIn: string[];
                } | {
                    categoryIn: string[];
                } | {
                    supplierStatusIn: ("active" | "on_hold" | "blocked")[];
                } | {
                    /**
                     * @description The supplier’s scorecard grade over the last 12 months is below this one (a supplier without enough data for a grade is not)
                     * @enum {string}
                     */
                    supplierGradeBelow: "A" | "B" | "C" | "D";
                } | {
                    /** @constant */
                    budgetExceeded: true;
                } | {
                    /** @constant */
                    always: true;
                })[];
            }))[];
        };
        ApprovalApproversInput: {
            /** @default [] */
            roles?: ("requester" | "buyer" | "approver" | "finance" | "compliance" | "receiver" | "inspector" | "accounts_payable" | "admin" | "auditor" | "supplier")[];
            /** @default [] */
            userIds?: string[];
            /** @default false */
            departmentHead?: boolean;
            /** @default false */
            costCentreOwner?: boolean;
        };
        /** @enum {string} */
        TaxCategoryInput: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
        PortalInvoiceRequestInput: {
            /** @description Your own invoice number */
            supplierInvoiceNumber: string;
            /** Format: date */
            issueDate: string;
            taxPointDate?: string | null;
            lines: {
                orderLineNo: number;
                quantity: string;
                /** @description Net price per unit */
                unitPrice: string;
            }[];
        };
        OrganisationAddressInput: {
            line1: string;
            line2?: string;
            city: string;
            region?: string;
            postalCode?: string;
            country: string;
        };
        PaymentTermsInput: {
            netDays: number;
            /**
             * @description What the days count from: invoice_date, end_of_month (of the invoice), receipt_date (of the goods)
             * @enum {string}
             */
            basis: "invoice_date" | "end_of_month" | "receipt_date";
            discountPercent: string | null;
            discountDays: number | null;
        };
        AllowanceChargeInput: {
            /** @description true: a charge (money on, e.g. freight); false: an allowance (money off) */
            charge: boolean;
            amount: string;
            reason?: string | null;
            reasonCode?: string | null;
            /** @description Header allowances and charges: S when left out */
            taxCategory?: string | null;
            /** @description Header allowances and charges: the first line’s rate when left out */
            taxRate?: string | null;
        };
        BankAccountInput: {
            accountName?: string | null;
            /** @description Checked: its country’s length and check digits */
            iban?: string | null;
            /** @description Checked: 8 or 11 characters */
            bic?: string | null;
            /** @description Where there is no IBAN */
            accountNumber?: string | null;
        };
        NewOrderRatingInput: {
            /** @description On time, complete, as announced: 1 (poor) to 5 (excellent) */
            delivery: number;
            /** @description What arrived: 1 (poor) to 5 (excellent) */
            quality: number;
            /** @description Communication and help: 1 (poor) to 5 (excellent) */
            service: number;
            /** @description Optional; an empty one is none */
            comment?: string | null;
            /**
             * @description The comment may be shown to the supplier
             * @default false
             */
            shared?: boolean;
            /** @description Rate one line of the order; absent or null: the whole order */
            lineNo?: number | null;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            errors?: {
                path: string;
                message: string;
            }[];
        };
        Returned: {
            /** @enum {string} */
            kind: "rejected" | "changes_requested";
            reason: string | null;
            byUserId: string | null;
            byName: string | null;
            /** Format: date-time */
            at: string;
        };
        User: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            roles: ("requester" | "buyer" | "approver" | "finance" | "compliance" | "receiver" | "inspector" | "accounts_payable" | "admin" | "auditor" | "supplier")[];
            departmentId: string | null;
            /** @description A supplier's user (role supplier): the supplier whose portal it uses; null for the organisation's people */
            supplierId: string | null;
            active: boolean;
            language: ("en" | "de") | null;
            locale: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            name: string;
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        SavedView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            list: "purchase-orders" | "requisitions" | "audit";
            name: string;
            query: string;
            /** Format: date-time */
            createdAt: string;
        };
        Supplier: {
            /** Format: uuid */
            id: string;
            code: string;
            legalName: string;
            electronicAddress: {
                scheme: string;
                id: string;
            } | null;
            legalId: {
                id: string;
                scheme: string | null;
            } | null;
            taxId: string | null;
            taxScheme: ("VAT" | "GST" | "STT" | "LOC") | null;
            addresses: {
                /** @enum {string} */
                kind: "billing" | "shipping" | "remit_to" | "other";
                line1: string;
                line2?: string;
                city: string;
                region?: string;
                postalCode?: string;
                country: string;
            }[];
            contacts: {
                name: string;
                /** Format: email */
                email?: string;
                phone?: string;
                role?: string;
                /** @description Purchase orders are e-mailed to this contact; it needs an e-mail address */
                orderContact?: boolean;
            }[];
            defaultCurrency: string;
            paymentTermsNetDays: number;
            earlyPaymentDiscountPercent: string | null;
            earlyPaymentDiscountDays: number | null;
            /** @enum {string} */
            paymentTermsBasis: "invoice_date" | "end_of_month" | "receipt_date";
            categoryIds: string[];
            /** @enum {string} */
            status: "active" | "on_hold" | "blocked";
            statusReason: string | null;
            bankDetails: {
                accountName: string;
                bankName?: string;
                iban?: string;
                bic?: string;
                accountNumber?: string;
            } | null;
            notes: string;
            language: ("en" | "de") | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ApprovalPolicy: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            documentType: "requisition" | "purchase_order" | "purchase_order_revision" | "invoice_variance";
            name: string;
            enabled: boolean;
            steps: {
                position: number;
                level: number;
                name: string;
                /** @description An ApprovalCondition, as written */
                condition: {
                    [key: string]: unknown;
                };
                approvers: {
                    roles: ("requester" | "buyer" | "approver" | "finance" | "compliance" | "receiver" | "inspector" | "accounts_payable" | "admin" | "auditor" | "supplier")[];
                    userIds: string[];
                    departmentHead: boolean;
                    costCentreOwner: boolean;
                };
                /** @enum {string} */
                mode: "any" | "all";
                reminderHours: number | null;
                escalationHours: number | null;
                fallbackUserId: string | null;
            }[];
            /** @description A change to an approved document goes back to approval when its total rises by more than percent of the approved total or more than amount (base currency), even within one threshold band; null turns a test off. */
            reapproveWhenTotalRises: {
                percent: string | null;
                amount: string | null;
            };
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ApprovalRoute: {
            /** @enum {string} */
            kind: "preview" | "stored" | "none";
            policy: {
                id: string | null;
                name: string;
            } | null;
            explanation: string;
            problems: string[];
            steps: {
                id: string | null;
                level: number;
                name: string;
                explanation: string;
                /** @enum {string} */
                mode: "any" | "all";
                /** @enum {string} */
                status: "pending" | "approved" | "rejected" | "changes_requested" | "skipped";
                approvers: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                }[];
                decisions: {
                    /** Format: uuid */
                    actorUserId: string;
                    actorName: string;
                    onBehalfOfUserId: string | null;
                    onBehalfOfName: string | null;
                    /** @enum {string} */
                    decision: "approved" | "rejected" | "changes_requested";
                    comment: string | null;
                    at: string;
                }[];
            }[];
            viewer: {
                mayDecide: boolean;
                stepName: string | null;
                onBehalfOfName: string | null;
                reason: string | null;
            } | null;
        };
        Delegation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            userName: string;
            /** Format: uuid */
            delegateUserId: string;
            delegateName: string;
            /** Format: date-time */
            validFrom: string;
            /** Format: date-time */
            validTo: string;
            reason: string;
            /** Format: date-time */
            createdAt: string;
        };
        DelegateCandidate: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            roles: string[];
        };
        ApprovalInboxItem: {
            /** @enum {string} */
            documentType: "requisition" | "purchase_order" | "purchase_order_revision" | "invoice_variance";
            /** Format: uuid */
            documentId: string;
            number: string;
            version: number;
            /** Format: uuid */
            stepId: string;
            stepName: string;
            explanation: string;
            supplierName: string | null;
            total: string | null;
            currency: string | null;
            totalBase: string | null;
            requesterId: string | null;
            requesterName: string | null;
            submittedAt: string | null;
            /** Format: date-time */
            waitingSince: string;
            onBehalfOfUserId: string | null;
            /** @description What the approver decides on, in words, where the total does not say it all: the exceptions of an invoice variance */
            details: string[];
            /** @description The document against its cost centre budgets; none: no budget covers it */
            budget: {
                /** @enum {string} */
                status: "within" | "exceeds" | "none";
                /** @description What is left of the tightest covering budget before this document, base currency */
                available: string | null;
                costCentreCode: string | null;
            };
        };
        AuditEntry: {
            seq: number;
            /** Format: date-time */
            at: string;
            actorId: string | null;
            actorName: string;
            entityType: string;
            entityId: string;
            action: string;
            changes: {
                [key: string]: {
                    before: unknown;
                    after: unknown;
                };
            };
            reason: string | null;
            hash: string;
            /** @description The record the entry is about, named; null when it no longer exists */
            subject: {
                /** @description PO-2026-00042, "ACME · Acme Inc.", a person’s name … */
                label: string;
                /** @description The currency of the record’s money, if it has one */
                currency?: string;
            } | null;
            /** @description Names of the records the changes refer to by id (suppliers, people, cost centres …) */
            names: {
                [key: string]: string;
            };
        };
        AuditProblem: {
            /** @description The entry the fault concerns */
            seq?: number;
            /** @description The checkpoint the fault concerns */
            checkpointId?: number;
            problem: string;
        };
        AuditChainReport: {
            ok: boolean;
            /** @description Entries in the log; every one was hashed again */
            entries: number;
            /** @description Entries found in a checkpoint’s batch */
            sealed: number;
            /** @description Entries not sealed yet (normal for about a second) */
            unsealed: number;
            checkpoints: number;
            /** @description Checkpoints read from the published file; null when there is none to compare with */
            published: number | null;
            /** @description The first faulty entry’s seq */
            brokenAt?: number;
            /** @description The first faulty checkpoint’s id */
            checkpointId?: number;
            /** @description The first fault, in words */
            problem?: string;
            /** @description The first 50 faults */
            problems: components["schemas"]["AuditProblem"][];
            faults: number;
        };
        AuditCheckpoint: {
            id: number;
            /** @enum {string} */
            kind: "seal" | "restart";
            previousHorizon: string;
            horizon: string | null;
            seqFloor: number;
            seqCeiling: number | null;
            entryCount: number;
            firstSeq: number | null;
            lastSeq: number | null;
            head: string;
            previousMac: string | null;
            sealedAt: string;
            keyId: string;
            mac: string;
        };
        AuditSealResult: {
            /**
             * @description sealed: a new checkpoint; nothing: every committed entry was sealed already; busy: another sealer was at work; refused: see problem
             * @enum {string}
             */
            outcome: "sealed" | "nothing" | "busy" | "refused";
            checkpoint?: components["schemas"]["AuditCheckpoint"];
            problem?: string;
            publication: {
                filed: number;
                sent: number;
                failed: {
                    id: number;
                    error: string;
                } | null;
            };
        };
        ItemCategory: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            parentId: string | null;
            inspectionRequired: boolean;
            active: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Unit: {
            code: string;
            name: string;
            decimals: number;
            baseUnitCode: string | null;
            factor: string;
            uneceCode: string | null;
            version: number;
        };
        /** @enum {string} */
        TaxCategory: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
        Item: {
            /** Format: uuid */
            id: string;
            sku: string;
            name: string;
            description: string;
            /** Format: uuid */
            categoryId: string;
            unitCode: string;
            defaultTaxRate: string;
            defaultTaxCategory: components["schemas"]["TaxCategory"] | null;
            inspectionRequired: boolean;
            service: boolean;
            active: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PriceListEntry: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            supplierId: string;
            /** Format: uuid */
            itemId: string;
            supplierPartNumber: string | null;
            currency: string;
            minQuantity: string;
            unitPrice: string;
            /** Format: date */
            validFrom: string;
            validTo: string | null;
            leadTimeDays: number;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PriceLookup: {
            entry: components["schemas"]["PriceListEntry"];
            unitPrice: string;
            currency: string;
            leadTimeDays: number;
        };
        Attachment: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            documentType: "requisition" | "purchase_order" | "goods_receipt" | "supplier_return" | "invoice";
            /** Format: uuid */
            documentId: string;
            fileName: string;
            mediaType: string;
            kind: string;
            sizeBytes: number;
            sha256: string;
            uploadedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: date-time */
            uploadedAt: string;
        };
        Comment: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            documentType: "requisition" | "purchase_order" | "goods_receipt" | "supplier_return" | "invoice";
            /** Format: uuid */
            documentId: string;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            body: string;
            mentions: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            /** Format: date-time */
            createdAt: string;
        };
        DispatchFile: {
            /**
             * @description pdf: the PDF order; ubl: the PEPPOL document (Order, OrderChange, OrderCancellation); message: the whole e-mail (.eml)
             * @enum {string}
             */
            role: "pdf" | "ubl" | "message";
            fileName: string;
            mediaType: string;
            sizeBytes: number;
            /** @description SHA-256 of the bytes, in hex */
            sha256: string;
        };
        Dispatch: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            purchaseOrderId: string;
            /**
             * @description order: the order itself; change: a later revision of a sent order; cancellation: of a sent order; closure: a sent order closed with quantities still open (a message only: nothing more is to be delivered)
             * @enum {string}
             */
            kind: "order" | "change" | "cancellation" | "closure";
            revision: number;
            recipients: string[];
            message: string | null;
            /** @description Why the order was cancelled (a cancellation) */
            reason: string | null;
            /** @description Sent on approval or on cancellation, not by a person pressing Send */
            automatic: boolean;
            sentBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            sentAt: string;
            /**
             * @description preparing: recorded, its PDF, UBL document and message being rendered (a moment; files empty, email null); ready: rendered, kept and handed to e-mail delivery; failed: it could not be rendered (error says why; the buyer is told and may send again)
             * @enum {string}
             */
            status: "preparing" | "ready" | "failed";
            /** @description Why it could not be prepared (failed) */
            error: string | null;
            preparedAt: string | null;
            /** @description The e-mail carrying it; null until the send is prepared */
            email: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: "queued" | "sent" | "failed";
                deliveredAt: string | null;
                lastError: string | null;
            } | null;
            files: components["schemas"]["DispatchFile"][];
            /** @description Why no UBL document was attached (what the order lacks for PEPPOL); null: it was */
            ublOmittedReason: string | null;
        };
        ShipNotice: {
            /** Format: uuid */
            id: string;
            /** @example ASN-2026-00042 */
            number: string;
            /** Format: uuid */
            purchaseOrderId: string;
            /** Format: uuid */
            supplierId: string;
            orderRevision: number;
            despatchDate: string;
            expectedDeliveryDate: string | null;
            carrier: string | null;
            trackingNumber: string | null;
            /** @description The carrier's tracking page, for a known carrier */
            trackingUrl: string | null;
            packages: number | null;
            note: string | null;
            supplierReference: string | null;
            /**
             * @description supplier: the supplier's user (portal or API); ubl: a UBL DespatchAdvice; buyer: recorded on the supplier's behalf
             * @enum {string}
             */
            source: "supplier" | "ubl" | "buyer";
            recordedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            recordedAt: string;
            /** @description Arrived as a UBL DespatchAdvice, kept as sent */
            fromDocument: boolean;
            lines: {
                lineNo: number;
                quantity: string;
            }[];
        };
        TrackingLine: {
            /** Format: uuid */
            purchaseOrderId: string;
            orderNumber: string;
            lineNo: number;
            supplier: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            buyer: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            description: string;
            unitCode: string;
            /** @description Still expected: ordered less short-closed less received */
            openQuantity: string;
            /** @description Shipped (ship notices) and not yet received */
            inTransitQuantity: string;
            neededBy: string | null;
            promisedDate: string | null;
            /** @description The latest ship notice’s expected date, else promised, else needed-by */
            expectedDate: string | null;
            /** Format: date-time */
            sentAt: string;
            acknowledged: boolean;
            /**
             * @description late: the expected date passed, not all received; at_risk: promised later than needed, expected later than promised, or not acknowledged in time; not_acknowledged: sent, no answer yet; on_track
             * @enum {string}
             */
            state: "late" | "at_risk" | "not_acknowledged" | "on_track";
            risk: ("promised_late" | "expected_moved" | "not_acknowledged")[];
        };
        TrackingCounts: {
            late: {
                count: number;
                /** @description Counted up to 1,000 */
                more: boolean;
            };
            at_risk: {
                count: number;
                /** @description Counted up to 1,000 */
                more: boolean;
            };
            not_acknowledged: {
                count: number;
                /** @description Counted up to 1,000 */
                more: boolean;
            };
            on_track: {
                count: number;
                /** @description Counted up to 1,000 */
                more: boolean;
            };
        };
        LineProgress: {
            /** @description Ordered less short-closed */
            expected: string;
            /** @description Received less reversals */
            received: string;
            /** @description Received, neither accepted nor rejected yet */
            pendingInspection: string;
            /** @description Accepted on receipt or at inspection: what counts as delivered */
            accepted: string;
            /** @description Rejected at inspection */
            rejected: string;
            /** @description Rejected goods sent back to the supplier */
            returned: string;
            billed: string;
            /** @description Still to come: expected less accepted and awaiting inspection (rejected goods are open) */
            outstanding: string;
            receivedPercent: string;
            /** @description Accepted of expected, capped at 100: delivery progress */
            acceptedPercent: string;
            billedPercent: string;
            /** @description Everything expected was accepted */
            complete: boolean;
        };
        OrderProgress: {
            receivedPercent: string;
            acceptedPercent: string;
            billedPercent: string;
            /** @description Every line's expected quantity was accepted */
            fullyReceived: boolean;
            anyReceived: boolean;
        };
        PurchaseOrderLine: {
            /** Format: uuid */
            id: string;
            lineNo: number;
            itemId: string | null;
            sku: string | null;
            description: string;
            quantity: string;
            unitCode: string;
            unitName: string;
            unitPrice: string;
            discountPercent: string;
            taxRate: string;
            taxCategory: components["schemas"]["TaxCategory"];
            netAmount: string;
            taxAmount: string;
            totalAmount: string;
            neededBy: string | null;
            /** @description The delivery date the supplier promised; null: not yet */
            promisedDate: string | null;
            costCentreId: string | null;
            /** @description Received less reversals */
            quantityReceived: string;
            /** @description Accepted on receipt or at inspection */
            quantityAccepted: string;
            /** @description Rejected at inspection */
            quantityRejected: string;
            quantityBilled: string;
            /** @description What the supplier's ship notices say it shipped; shipped beyond received is in transit */
            quantityShipped: string;
            /** @description Rejected goods sent back by returns to supplier */
            quantityReturned: string;
            /** @description Of the returned quantity, what the supplier is to credit: no longer expected */
            quantityCredited: string;
            /** @description No longer expected: short-closed, and returned for credit (quantityCredited) */
            quantityShortClosed: string;
            shortCloseReason: string | null;
            /** @description Its item is a service: confirmed by amount or percentage of completion (POST /api/v1/receipts) */
            service: boolean;
            progress: components["schemas"]["LineProgress"];
            sources: {
                /** Format: uuid */
                requisitionLineId: string;
                quantity: string;
                /** Format: uuid */
                requisitionId: string;
                requisitionNumber: string;
                requisitionLineNo: number;
            }[];
        };
        PurchaseOrder: {
            /** Format: uuid */
            id: string;
            number: string;
            revision: number;
            /** @enum {string} */
            status: "draft" | "pending_approval" | "approved" | "sent" | "acknowledged" | "partially_received" | "received" | "closed" | "cancelled" | "on_hold";
            heldFromStatus: ("draft" | "pending_approval" | "approved" | "sent" | "acknowledged" | "partially_received" | "received" | "closed" | "cancelled" | "on_hold") | null;
            /** Format: uuid */
            supplierId: string;
            supplierName: string;
            supplier: {
                /** Format: uuid */
                id: string;
                code: string;
                legalName: string;
                taxId: string | null;
                address: {
                    /** @enum {string} */
                    kind: "billing" | "shipping" | "remit_to" | "other";
                    line1: string;
                    line2?: string;
                    city: string;
                    region?: string;
                    postalCode?: string;
                    country: string;
                } | null;
                contact: {
                    name: string;
                    /** Format: email */
                    email?: string;
                    phone?: string;
                    role?: string;
                    /** @description Purchase orders are e-mailed to this contact; it needs an e-mail address */
                    orderContact?: boolean;
                } | null;
                /** @enum {string} */
                status: "active" | "on_hold" | "blocked";
            };
            currency: string;
            minorUnits: number;
            exchangeRate: string;
            /** Format: date */
            exchangeRateDate: string;
            baseCurrency: string;
            paymentTermsNetDays: number;
            earlyPaymentDiscountPercent: string | null;
            earlyPaymentDiscountDays: number | null;
            /** @enum {string} */
            paymentTermsBasis: "invoice_date" | "end_of_month" | "receipt_date";
            incoterms: ("EXW" | "FCA" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP" | "FAS" | "FOB" | "CFR" | "CIF") | null;
            incotermsPlace: string | null;
            shipTo: {
                /** @enum {string} */
                kind: "billing" | "shipping" | "remit_to" | "other";
                line1: string;
                line2?: string;
                city: string;
                region?: string;
                postalCode?: string;
                country: string;
            } | null;
            billTo: {
                /** @enum {string} */
                kind: "billing" | "shipping" | "remit_to" | "other";
                line1: string;
                line2?: string;
                city: string;
                region?: string;
                postalCode?: string;
                country: string;
            } | null;
            /** Format: uuid */
            buyerId: string;
            buyer: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
            };
            departmentId: string | null;
            department: {
                code: string;
                name: string;
            } | null;
            costCentreId: string | null;
            costCentre: {
                code: string;
                name: string;
            } | null;
            /** Format: date */
            orderDate: string;
            expectedDeliveryDate: string | null;
            notes: string;
            terms: string;
            totals: {
                subtotal: string;
                tax: string;
                total: string;
                byTaxRate: {
                    taxCategory: components["schemas"]["TaxCategory"];
                    taxRate: string;
                    net: string;
                    tax: string;
                }[];
            };
            totalBase: string;
            progress: components["schemas"]["OrderProgress"];
            lines: components["schemas"]["PurchaseOrderLine"][];
            holdReason: string | null;
            cancelReason: string | null;
            closeReason: string | null;
            submittedAt: string | null;
            approvedAt: string | null;
            /** @description When it was first sent to the supplier; null: never */
            firstSentAt: string | null;
            /** @description The latest revision the supplier was sent; null: never sent */
            sentRevision: number | null;
            approvedBy: string | null;
            approvedByName: string | null;
            returned: components["schemas"]["Returned"] | null;
            createdBy: string | null;
            warnings: {
                code: string;
                message: string;
            }[];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PurchaseOrderSummary: {
            /** Format: uuid */
            id: string;
            number: string;
            revision: number;
            /** @enum {string} */
            status: "draft" | "pending_approval" | "approved" | "sent" | "acknowledged" | "partially_received" | "received" | "closed" | "cancelled" | "on_hold";
            /** Format: uuid */
            supplierId: string;
            supplierName: string;
            currency: string;
            total: string;
            totalBase: string;
            /** Format: date */
            orderDate: string;
            expectedDeliveryDate: string | null;
            /** Format: uuid */
            buyerId: string;
            departmentId: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PurchaseOrderRevision: {
            revision: number;
            reason: string | null;
            requiresApproval: boolean;
            approvalExplanation: string | null;
            changes: {
                header: {
                    [key: string]: {
                        before: unknown;
                        after: unknown;
                    };
                };
                lines: {
                    added: {
                        [key: string]: unknown;
                    }[];
                    removed: {
                        [key: string]: unknown;
                    }[];
                    changed: {
                        lineNo: number;
                        changes: {
                            [key: string]: {
                                before: unknown;
                                after: unknown;
                            };
                        };
                    }[];
                };
            };
            createdBy: string | null;
            createdByName: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        PurchaseOrderRevisionDetail: {
            revision: number;
            reason: string | null;
            requiresApproval: boolean;
            approvalExplanation: string | null;
            changes: {
                header: {
                    [key: string]: {
                        before: unknown;
                        after: unknown;
                    };
                };
                lines: {
                    added: {
                        [key: string]: unknown;
                    }[];
                    removed: {
                        [key: string]: unknown;
                    }[];
                    changed: {
                        lineNo: number;
                        changes: {
                            [key: string]: {
                                before: unknown;
                                after: unknown;
                            };
                        };
                    }[];
                };
            };
            createdBy: string | null;
            createdByName: string | null;
            /** Format: date-time */
            createdAt: string;
            snapshot: {
                number: string;
                revision: number;
                status: string;
                header: {
                    [key: string]: unknown;
                };
                lines: {
                    [key: string]: unknown;
                }[];
            };
        };
        SupplierUser: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            roles: ("requester" | "buyer" | "approver" | "finance" | "compliance" | "receiver" | "inspector" | "accounts_payable" | "admin" | "auditor" | "supplier")[];
            departmentId: string | null;
            /** @description A supplier's user (role supplier): the supplier whose portal it uses; null for the organisation's people */
            supplierId: string | null;
            active: boolean;
            language: ("en" | "de") | null;
            locale: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            invitation: {
                /** @enum {string} */
                state: "pending" | "expired" | "accepted";
                /** Format: date-time */
                expiresAt: string;
                /** Format: date-time */
                createdAt: string;
            } | null;
        };
        SupplierResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            purchaseOrderId: string;
            number: number;
            orderRevision: number;
            /** @enum {string} */
            status: "accepted" | "proposed" | "superseded" | "proposal_accepted" | "proposal_declined";
            /** @enum {string} */
            source: "portal" | "ubl";
            note: string | null;
            lines: {
                lineNo: number;
                /**
                 * @description accept: as ordered; change: propose another date, quantity or price; reject: with a reason
                 * @enum {string}
                 */
                decision: "accept" | "change" | "reject";
                promisedDate: string | null;
                quantity: string | null;
                unitPrice: string | null;
                reason: string | null;
            }[];
            submittedBy: string | null;
            /** Format: date-time */
            submittedAt: string;
            decidedBy: string | null;
            decidedAt: string | null;
            decisionMessage: string | null;
        };
        PortalOrderSummary: {
            /** Format: uuid */
            id: string;
            number: string;
            revision: number;
            /** @enum {string} */
            status: "draft" | "pending_approval" | "approved" | "sent" | "acknowledged" | "partially_received" | "received" | "closed" | "cancelled" | "on_hold";
            currency: string;
            total: string;
            orderDate: string;
            expectedDeliveryDate: string | null;
            /** Format: date-time */
            firstSentAt: string;
            sentRevision: number | null;
            buyerName: string;
            answer: ("accepted" | "proposed" | "superseded" | "proposal_accepted" | "proposal_declined") | null;
        };
        PortalOrder: {
            /** Format: uuid */
            id: string;
            number: string;
            /** @description The revision shown: the one last sent to the supplier */
            revision: number;
            sentRevision: number | null;
            /** @enum {string} */
            status: "draft" | "pending_approval" | "approved" | "sent" | "acknowledged" | "partially_received" | "received" | "closed" | "cancelled" | "on_hold";
            orderDate: string;
            expectedDeliveryDate: string | null;
            currency: string;
            buyer: {
                name: string;
                email: string;
            };
            shipTo: {
                /** @enum {string} */
                kind: "billing" | "shipping" | "remit_to" | "other";
                line1: string;
                line2?: string;
                city: string;
                region?: string;
                postalCode?: string;
                country: string;
            } | null;
            billTo: {
                /** @enum {string} */
                kind: "billing" | "shipping" | "remit_to" | "other";
                line1: string;
                line2?: string;
                city: string;
                region?: string;
                postalCode?: string;
                country: string;
            } | null;
            paymentTerms: string;
            incoterms: string | null;
            incotermsPlace: string | null;
            notes: string;
            terms: string;
            totals: {
                subtotal: string;
                tax: string;
                total: string;
            };
            lines: {
                lineNo: number;
                sku: string | null;
                description: string;
                quantity: string;
                unitCode: string;
                unitName: string;
                unitPrice: string;
                discountPercent: string;
                taxRate: string;
                netAmount: string;
                neededBy: string | null;
                /** @description The delivery date the supplier promised; null: not yet */
                promisedDate: string | null;
                /** @description Received less reversals */
                quantityReceived: string;
                /** @description What the supplier's ship notices say it shipped; shipped beyond received is in transit */
                quantityShipped: string;
                /** @description No longer expected: short-closed, and returned for credit (quantityCredited) */
                quantityShortClosed: string;
            }[];
            answers: components["schemas"]["SupplierResponse"][];
            canAnswer: boolean;
            /** @description The supplier is blocked (with the buyer's reason): its answers and ship notices are refused until the block is lifted */
            blocked: {
                reason: string | null;
            } | null;
            /** @description The buyer has changed the order since it was last sent: what is shown (revision, lines, totals) is the revision sent; the change arrives as a change order */
            changePending: boolean;
        };
        PortalPayment: {
            /** @description The day the payment is (or was) made */
            paymentDate: string;
            /** @enum {string} */
            status: "scheduled" | "paid";
            /** @description What the payment pays of the invoice (a credit note: set off, negative) */
            amount: string;
            /** @description The early-payment discount taken */
            discountAmount: string;
            /** @description The payment’s reference on your statement (end-to-end id) */
            reference: string;
            /** @description The remittance text: your invoice numbers it pays */
            remittance: string;
        };
        PortalInvoiceSummary: {
            /** Format: uuid */
            id: string;
            /** @description Our number (INV-…) */
            number: string;
            /** @enum {string} */
            kind: "invoice" | "credit_note";
            supplierInvoiceNumber: string;
            /** @enum {string} */
            source: "form" | "portal" | "csv" | "ubl";
            /** Format: uuid */
            purchaseOrderId: string;
            purchaseOrderNumber: string;
            issueDate: string;
            dueDate: string;
            currency: string;
            payableAmount: string;
            amountPaid: string;
            openAmount: string;
            /**
             * @description received: with accounts payable, not checked yet; being_checked: checked against the order and the goods; query_raised: something differs from the order or what was received, or a credit note was asked for; approved: approved for payment; payment_scheduled: in a payment run, to be paid on `paymentDate`; paid (`paidOn`); rejected (`rejectReason`); cancelled
             * @enum {string}
             */
            status: "received" | "being_checked" | "query_raised" | "approved" | "payment_scheduled" | "paid" | "rejected" | "cancelled";
            /** @description payment_scheduled: the date it will be paid */
            paymentDate: string | null;
            paidOn: string | null;
            rejectReason: string | null;
            /** @description Accounts payable asked you for a credit note against this invoice: when and why */
            creditNoteRequest: {
                /** Format: date-time */
                requestedAt: string;
                reason: string;
            } | null;
        };
        PortalInvoice: {
            /** Format: uuid */
            id: string;
            /** @description Our number (INV-…) */
            number: string;
            /** @enum {string} */
            kind: "invoice" | "credit_note";
            supplierInvoiceNumber: string;
            /** @enum {string} */
            source: "form" | "portal" | "csv" | "ubl";
            /** Format: uuid */
            purchaseOrderId: string;
            purchaseOrderNumber: string;
            issueDate: string;
            dueDate: string;
            currency: string;
            payableAmount: string;
            amountPaid: string;
            openAmount: string;
            /**
             * @description received: with accounts payable, not checked yet; being_checked: checked against the order and the goods; query_raised: something differs from the order or what was received, or a credit note was asked for; approved: approved for payment; payment_scheduled: in a payment run, to be paid on `paymentDate`; paid (`paidOn`); rejected (`rejectReason`); cancelled
             * @enum {string}
             */
            status: "received" | "being_checked" | "query_raised" | "approved" | "payment_scheduled" | "paid" | "rejected" | "cancelled";
            /** @description payment_scheduled: the date it will be paid */
            paymentDate: string | null;
            paidOn: string | null;
            rejectReason: string | null;
            /** @description Accounts payable asked you for a credit note against this invoice: when and why */
            creditNoteRequest: {
                /** Format: date-time */
                requestedAt: string;
                reason: string;
            } | null;
            taxPointDate: string | null;
            receivedOn: string;
            lines: {
                lineNo: number;
                orderLineNo: number | null;
                description: string;
                quantity: string;
                unitCode: string;
                unitPrice: string;
                baseQuantity: string;
                netAmount: string;
                taxCategory: string;
                taxRate: string;
            }[];
            totals: {
                lineExtensionAmount: string;
                allowanceTotal: string;
                chargeTotal: string;
                taxExclusiveAmount: string;
                taxAmount: string;
                taxInclusiveAmount: string;
                prepaidAmount: string;
                roundingAmount: string;
                payableAmount: string;
            };
            taxSubtotals: {
                taxCategory: string;
                taxRate: string;
                taxableAmount: string;
                taxAmount: string;
            }[];
            discountTaken: string;
            payments: components["schemas"]["PortalPayment"][];
        };
        PortalInvoiceable: {
            /** Format: uuid */
            purchaseOrderId: string;
            purchaseOrderNumber: string;
            currency: string;
            minorUnits: number;
            /** @description Null when there is something to invoice; else why not: not_invoiceable (cancelled), nothing_received (goods are invoiced once received and accepted), all_invoiced */
            nothingToInvoice: ("not_invoiceable" | "nothing_received" | "all_invoiced") | null;
            blocked: {
                reason: string | null;
            } | null;
            lines: {
                lineNo: number;
                description: string;
                unitCode: string;
                unitName: string;
                /** @description Goods: invoiced as received and accepted; false: invoiced as ordered */
                needsReceipt: boolean;
                quantityOrdered: string;
                /** @description Received and accepted */
                quantityReceived: string;
                /** @description On your invoices already */
                quantityInvoiced: string;
                /** @description What an invoice now would bill */
                quantityToInvoice: string;
                /** @description The order’s price per unit after its discount */
                unitPrice: string;
                taxRate: string;
            }[];
        };
        ScorePeriod: {
            key: string;
            /** @enum {string} */
            kind: "month" | "quarter" | "rolling";
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
        };
        MeasureFigure: {
            /** @enum {string} */
            key: "onTime" | "inFull" | "quality" | "price" | "invoiceAccuracy" | "responsiveness" | "satisfaction";
            /** @description A percentage with one decimal; null: no data */
            value: string | null;
            numerator: string;
            denominator: string;
            weight: number;
        };
        ScoreDetails: {
            /** @description A percentage with one decimal; null: no data */
            otif: string | null;
            /** @description A percentage with one decimal; null: no data */
            onTimeQuantity: string | null;
            averageDaysLate: string | null;
            /** @description A percentage with one decimal; null: no data */
            returnRate: string | null;
            /** @description A percentage with one decimal; null: no data */
            rejectedShare: string | null;
            /** @description A percentage with one decimal; null: no data */
            invoicePriceVariance: string | null;
            /** @description A percentage with one decimal; null: no data */
            orderVsList: string | null;
            /** @description A percentage with one decimal; null: no data */
            orderVsLastPrice: string | null;
            averageResponseHours: string | null;
            changesProposed: number;
            ratings: number;
            averageRatings: {
                delivery: string | null;
                quality: string | null;
                service: string | null;
            };
        };
        TrendPoint: {
            /** Format: date */
            month: string;
            orders: number;
            enoughData: boolean;
            score: string | null;
            grade: ("A" | "B" | "C" | "D") | null;
            /** @description A percentage with one decimal; null: no data */
            onTime: string | null;
            /** @description A percentage with one decimal; null: no data */
            inFull: string | null;
            /** @description A percentage with one decimal; null: no data */
            otif: string | null;
            /** @description A percentage with one decimal; null: no data */
            quality: string | null;
        };
        /** @description A supplier’s scorecard for a period: each measure as n of d, the weighted score 0–100 and grade A–D (null with fewer orders than the settings’ minimum), the figures shown beside them and a 12-month trend. docs/evaluation.md. */
        Scorecard: {
            supplier: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                status: string;
            };
            period: components["schemas"]["ScorePeriod"];
            categoryId: string | null;
            orders: number;
            minimumOrders: number;
            enoughData: boolean;
            score: string | null;
            grade: ("A" | "B" | "C" | "D") | null;
            measures: components["schemas"]["MeasureFigure"][];
            details: components["schemas"]["ScoreDetails"];
            rejections: {
                /** @enum {string} */
                reason: "damaged" | "wrong_item" | "out_of_specification" | "expired" | "short_shipped" | "other";
                quantity: string;
            }[];
            trend: components["schemas"]["TrendPoint"][];
            graceDays: number;
            responseDays: number;
        };
        ScorecardRow: {
            supplier: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                status: string;
            };
            orders: number;
            enoughData: boolean;
            score: string | null;
            grade: ("A" | "B" | "C" | "D") | null;
            measures: {
                /** @description A percentage with one decimal; null: no data */
                onTime: string | null;
                /** @description A percentage with one decimal; null: no data */
                inFull: string | null;
                /** @description A percentage with one decimal; null: no data */
                quality: string | null;
                /** @description A percentage with one decimal; null: no data */
                price: string | null;
                /** @description A percentage with one decimal; null: no data */
                invoiceAccuracy: string | null;
                /** @description A percentage with one decimal; null: no data */
                responsiveness: string | null;
                /** @description A percentage with one decimal; null: no data */
                satisfaction: string | null;
            };
            /** @description A percentage with one decimal; null: no data */
            otif: string | null;
        };
        ScorecardList: {
            period: components["schemas"]["ScorePeriod"];
            categoryId: string | null;
            items: components["schemas"]["ScorecardRow"][];
            nextCursor: string | null;
        };
        DrillDownRow: {
            /** Format: uuid */
            purchaseOrderId: string;
            orderNumber: string;
            lineNo: number | null;
            description: string | null;
            invoiceId: string | null;
            invoiceNumber: string | null;
            passed: boolean;
            explanation: string;
            dueDate: string | null;
            dueFrom: ("promised" | "needed_by" | "expected") | null;
            deliveredOn: string | null;
            daysLate: number | null;
            quantity: string | null;
            kept: string | null;
            shortBy: string | null;
            shortClosed: string | null;
            replaced: string | null;
            inspected: string | null;
            accepted: string | null;
            rejected: string | null;
            returned: string | null;
            unitPrice: string | null;
            orderUnitPrice: string | null;
            sentAt: string | null;
            answeredAt: string | null;
            rating: {
                delivery: number;
                quality: number;
                service: number;
            } | null;
        };
        /** @description The orders, lines and invoices behind one figure of a scorecard (“OTIF 82 %: 41 of 50 lines”), each with what counted for or against the supplier. */
        ScoreDrillDown: {
            /** @enum {string} */
            measure: "onTime" | "inFull" | "quality" | "price" | "invoiceAccuracy" | "responsiveness" | "satisfaction" | "otif" | "returns";
            period: components["schemas"]["ScorePeriod"];
            passed: number;
            counted: number;
            items: components["schemas"]["DrillDownRow"][];
            nextCursor: string | null;
        };
        ScorecardSettings: {
            graceDays: number;
            responseDays: number;
            minimumOrders: number;
            weights: {
                onTime: number;
                inFull: number;
                quality: number;
                price: number;
                invoiceAccuracy: number;
                responsiveness: number;
                satisfaction: number;
            };
            gradeBands: {
                A: number;
                B: number;
                C: number;
            };
            /** @enum {string} */
            warnBelowGrade: "A" | "B" | "C" | "D";
            rankingPriceWeight: number;
            factsBuiltAt: string | null;
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        SupplierCandidate: {
            rank: number;
            supplier: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                status: string;
            };
            unitPrice: string;
            currency: string;
            unitPriceBase: string;
            leadTimeDays: number;
            grade: ("A" | "B" | "C" | "D") | null;
            score: string | null;
            belowWarning: boolean;
            priceScore: string;
            combinedScore: string;
            reason: string;
        };
        /** @description The suppliers with a valid price for the item, best first by price and scorecard together (the settings’ ranking price weight), each with its reason. */
        SupplierRanking: {
            /** Format: uuid */
            itemId: string;
            quantity: string;
            /** Format: date */
            date: string;
            baseCurrency: string;
            priceWeight: number;
            candidates: components["schemas"]["SupplierCandidate"][];
        };
        SupplierGrade: {
            /** Format: uuid */
            supplierId: string;
            grade: ("A" | "B" | "C" | "D") | null;
            score: string | null;
            orders: number;
            belowWarning: boolean;
        };
        /** @description Each supplier’s grade over the last 12 months (suppliers without orders in them are absent; a null grade: not enough data). */
        SupplierGrades: {
            /** @enum {string} */
            warnBelowGrade: "A" | "B" | "C" | "D";
            items: components["schemas"]["SupplierGrade"][];
        };
        Notification: {
            /** Format: uuid */
            id: string;
            kind: string;
            title: string;
            body: string;
            link: string | null;
            documentType: string | null;
            documentId: string | null;
            /** Format: date-time */
            createdAt: string;
            readAt: string | null;
        };
        EmailMessage: {
            /** Format: uuid */
            id: string;
            toUserId: string | null;
            toAddress: string;
            subject: string;
            /** @enum {string} */
            status: "queued" | "sent" | "failed";
            attempts: number;
            lastError: string | null;
            deliveredTo: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
        };
        EmailMessageDetail: {
            /** Format: uuid */
            id: string;
            toUserId: string | null;
            toAddress: string;
            subject: string;
            /** @enum {string} */
            status: "queued" | "sent" | "failed";
            attempts: number;
            lastError: string | null;
            deliveredTo: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
            textBody: string;
            htmlBody: string | null;
        };
        Department: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            headUserId: string | null;
            active: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CostCentre: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            /** Format: uuid */
            departmentId: string;
            ownerUserId: string | null;
            active: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Currency: {
            code: string;
            name: string;
            minorUnits: number;
            active: boolean;
        };
        ExchangeRate: {
            /** Format: uuid */
            id: string;
            currency: string;
            baseCurrency: string;
            /** @description Units of baseCurrency for one unit of currency (decimal string) */
            rate: string;
            /** Format: date */
            validOn: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        RateQuote: {
            currency: string;
            baseCurrency: string;
            /** Format: date */
            date: string;
            rate: string;
            /** @description Date of the rate used; null for the base currency itself */
            validOn: string | null;
        };
        OrganisationAddress: {
            line1: string;
            line2?: string;
            city: string;
            region?: string;
            postalCode?: string;
            country: string;
        };
        Settings: {
            organisationName: string;
            baseCurrency: string;
            fiscalYearStartMonth: number;
            numberFormats: {
                [key: string]: string;
            };
            address: components["schemas"]["OrganisationAddress"] | null;
            /** @description How far past the requested quantity a requisition line may be ordered, in % */
            overOrderAllowancePercent: string;
            /**
             * @description What submitting a document that would exceed a budget does: approval adds a "Budget overrun" step; block refuses it
             * @enum {string}
             */
            budgetControl: "approval" | "block";
            /**
             * @description Whose holders (with the cost centre owner) approve an overrun
             * @enum {string}
             */
            budgetApproverRole: "requester" | "buyer" | "approver" | "finance" | "compliance" | "receiver" | "inspector" | "accounts_payable" | "admin" | "auditor" | "supplier";
            /** @description Send an order to its supplier as soon as it is finally approved (off: the buyer sends it) */
            autoSendOnApproval: boolean;
            /** @description Days after sending an order is at risk while the supplier has not acknowledged it */
            acknowledgementDueDays: number;
            /** @description Days before a promised delivery date the supplier is reminded of it */
            deliveryReminderDays: number;
            /** @description The account suppliers are paid from: the debtor of payment runs’ transfers */
            paymentAccount: {
                accountName: string;
                iban: string;
                bic: string | null;
            } | null;
            electronicAddress: {
                scheme: string;
                id: string;
            } | null;
            legalId: {
                id: string;
                scheme: string | null;
            } | null;
            taxId: string | null;
            taxScheme: ("VAT" | "GST" | "STT" | "LOC") | null;
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        RoleDefinition: {
            /** @enum {string} */
            role: "requester" | "buyer" | "approver" | "finance" | "compliance" | "receiver" | "inspector" | "accounts_payable" | "admin" | "auditor" | "supplier";
            label: string;
            permissions: ("suppliers:read" | "suppliers:write" | "catalog:read" | "catalog:write" | "organisation:read" | "organisation:write" | "users:read" | "users:write" | "tokens:own" | "tokens:admin" | "audit:read" | "audit:verify" | "purchase_orders:read" | "purchase_orders:write" | "purchase_orders:approve" | "requisitions:read" | "requisitions:write" | "requisitions:approve" | "workbench:use" | "approvals:act" | "approvals:admin" | "notifications:own" | "outbox:read" | "reports:read" | "webhooks:admin" | "documents:discuss" | "documents:moderate" | "portal:use" | "receiving:read" | "receiving:write" | "receiving:inspect" | "receiving:return" | "receiving:confirm" | "invoices:read" | "invoices:write" | "invoices:approve" | "invoices:resolve" | "payments:read" | "payments:write" | "payments:approve" | "scorecards:read" | "scorecards:admin")[];
        };
        Budget: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            costCentreId: string;
            /** @enum {string} */
            periodType: "month" | "year";
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            amount: string;
            committed: string;
            actual: string;
            available: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        BudgetEffectPeriod: {
            /** Format: uuid */
            budgetId: string;
            /** @enum {string} */
            periodType: "month" | "year";
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            /** @example November 2026 */
            periodLabel: string;
            amount: string;
            committed: string;
            actual: string;
            /** @description Already committed by this document (approved) */
            documentCommitted: string;
            availableNow: string;
            availableAfter: string;
            exceeded: boolean;
        };
        BudgetEffect: {
            costCentreId: string | null;
            costCentreCode: string | null;
            /** Format: date */
            date: string;
            amountBase: string;
            baseCurrency: string;
            budgets: components["schemas"]["BudgetEffectPeriod"][];
            exceeded: boolean;
            /**
             * @description What submitting a document that would exceed a budget does: approval adds a "Budget overrun" step; block refuses it
             * @enum {string}
             */
            control: "approval" | "block";
            approverRole: string;
        };
        ToleranceLimit: {
            /** @description Allowed above the ordered (or accepted) value, in % */
            percent: string | null;
            /** @description Allowed above it as a quantity in the line’s unit, or (price) an amount per unit */
            absolute: string | null;
        };
        ToleranceRule: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            scope: "global" | "supplier" | "category" | "item";
            supplierId: string | null;
            categoryId: string | null;
            itemId: string | null;
            /** @description Null: not set by this rule */
            overReceipt: components["schemas"]["ToleranceLimit"] | null;
            priceVariance: components["schemas"]["ToleranceLimit"] | null;
            quantityVariance: components["schemas"]["ToleranceLimit"] | null;
            note: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        EffectiveTolerances: {
            supplierId: string | null;
            itemId: string | null;
            categoryId: string | null;
            overReceipt: {
                /** @description Allowed above the ordered (or accepted) value, in % */
                percent: string | null;
                /** @description Allowed above it as a quantity in the line’s unit, or (price) an amount per unit */
                absolute: string | null;
                rule: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    scope: "global" | "supplier" | "category" | "item";
                } | null;
                explanation: string;
            };
            priceVariance: {
                /** @description Allowed above the ordered (or accepted) value, in % */
                percent: string | null;
                /** @description Allowed above it as a quantity in the line’s unit, or (price) an amount per unit */
                absolute: string | null;
                rule: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    scope: "global" | "supplier" | "category" | "item";
                } | null;
                explanation: string;
            };
            quantityVariance: {
                /** @description Allowed above the ordered (or accepted) value, in % */
                percent: string | null;
                /** @description Allowed above it as a quantity in the line’s unit, or (price) an amount per unit */
                absolute: string | null;
                rule: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    scope: "global" | "supplier" | "category" | "item";
                } | null;
                explanation: string;
            };
        };
        Payment: {
            /** Format: uuid */
            id: string;
            /** @description The run’s number and the payment’s place: the end-to-end id the bank reports */
            number: string;
            /** @enum {string} */
            status: "scheduled" | "paid" | "rejected" | "cancelled";
            /** @enum {string} */
            method: "sepa_credit_transfer" | "bank_transfer";
            /** Format: uuid */
            supplierId: string;
            supplierName: string;
            currency: string;
            amount: string;
            discountAmount: string;
            /** @description In base currency at the payment date’s rate */
            amountBase: string;
            /** @description What the invoices were booked at in base currency */
            invoicedAmountBase: string;
            /** @description amountBase − invoicedAmountBase (positive: paid more in base currency) */
            exchangeDifference: string;
            exchangeRate: string;
            creditorAccount: {
                accountName: string;
                /** @description Masked to its last four characters */
                iban: string | null;
                bic: string | null;
                /** @description Masked to its last four characters */
                accountNumber: string | null;
                bankName: string | null;
            };
            remittance: string;
            paidAt: string | null;
            rejectedReason: string | null;
        };
        PaymentRunSummary: {
            /** Format: uuid */
            id: string;
            number: string;
            /** @enum {string} */
            status: "draft" | "confirmed" | "paid" | "cancelled";
            /** Format: date */
            paymentDate: string;
            /** Format: date */
            dueBy: string;
            /** Format: date */
            nextRunDate: string;
            currency: string | null;
            supplierId: string | null;
            note: string | null;
            /** @description The account paid from (IBAN masked), once confirmed */
            debtorAccount: {
                accountName: string;
                iban: string;
                bic: string | null;
            } | null;
            totals: {
                currency: string;
                amount: string;
                discountAmount: string;
                invoices: number;
                creditNotes: number;
            }[];
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            confirmedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            confirmedAt: string | null;
            paidAt: string | null;
            cancelledAt: string | null;
            cancelReason: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PaymentRun: {
            /** Format: uuid */
            id: string;
            number: string;
            /** @enum {string} */
            status: "draft" | "confirmed" | "paid" | "cancelled";
            /** Format: date */
            paymentDate: string;
            /** Format: date */
            dueBy: string;
            /** Format: date */
            nextRunDate: string;
            currency: string | null;
            supplierId: string | null;
            note: string | null;
            /** @description The account paid from (IBAN masked), once confirmed */
            debtorAccount: {
                accountName: string;
                iban: string;
                bic: string | null;
            } | null;
            totals: {
                currency: string;
                amount: string;
                discountAmount: string;
                invoices: number;
                creditNotes: number;
            }[];
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            confirmedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            confirmedAt: string | null;
            paidAt: string | null;
            cancelledAt: string | null;
            cancelReason: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            suppliers: {
                /** Format: uuid */
                supplierId: string;
                supplierCode: string;
                supplierName: string;
                currency: string;
                amount: string;
                discountAmount: string;
                invoices: number;
                creditNotes: number;
                method: ("sepa_credit_transfer" | "bank_transfer") | null;
                /** @description What stops confirming (no bank account …) */
                problems: string[];
                warnings: string[];
            }[];
            lines: {
                lineNo: number;
                /** Format: uuid */
                invoiceId: string;
                invoiceNumber: string;
                /** @enum {string} */
                kind: "invoice" | "credit_note";
                supplierInvoiceNumber: string;
                purchaseOrderNumber: string;
                /** Format: uuid */
                supplierId: string;
                currency: string;
                /** Format: date */
                dueDate: string;
                discountDate: string | null;
                /** @enum {string} */
                reason: "due" | "discount";
                /** @enum {string} */
                status: "proposed" | "scheduled" | "paid" | "rejected" | "cancelled";
                openAmount: string;
                discountAmount: string;
                /** @description Paid of the invoice; a credit note’s is negative (set off) */
                amount: string;
                paymentId: string | null;
            }[];
            payments: components["schemas"]["Payment"][];
        };
        InvoicePayment: {
            /** Format: uuid */
            paymentRunId: string;
            paymentRunNumber: string;
            /** Format: date */
            paymentDate: string;
            /** @enum {string} */
            status: "proposed" | "scheduled" | "paid" | "rejected" | "cancelled";
            /** @description What the run pays of the invoice (a credit note: negative, set off) */
            amount: string;
            discountAmount: string;
            paymentNumber: string | null;
        };
        PaymentListItem: {
            /** Format: uuid */
            id: string;
            /** @description The run’s number and the payment’s place: the end-to-end id the bank reports */
            number: string;
            /** @enum {string} */
            status: "scheduled" | "paid" | "rejected" | "cancelled";
            /** @enum {string} */
            method: "sepa_credit_transfer" | "bank_transfer";
            /** Format: uuid */
            supplierId: string;
            supplierName: string;
            currency: string;
            amount: string;
            discountAmount: string;
            /** @description In base currency at the payment date’s rate */
            amountBase: string;
            /** @description What the invoices were booked at in base currency */
            invoicedAmountBase: string;
            /** @description amountBase − invoicedAmountBase (positive: paid more in base currency) */
            exchangeDifference: string;
            exchangeRate: string;
            creditorAccount: {
                accountName: string;
                /** @description Masked to its last four characters */
                iban: string | null;
                bic: string | null;
                /** @description Masked to its last four characters */
                accountNumber: string | null;
                bankName: string | null;
            };
            remittance: string;
            paidAt: string | null;
            rejectedReason: string | null;
            /** Format: uuid */
            paymentRunId: string;
            paymentRunNumber: string;
            /**
             * Format: date
             * @description The day the run asked the bank to pay
             */
            paymentDate: string;
        };
        PaymentStatusReportResult: {
            run: components["schemas"]["PaymentRun"];
            report: {
                /** @enum {string} */
                version: "pain.002.001.10" | "pain.002.001.03";
                messageId: string;
                originalMessageId: string;
            };
            counts: {
                paid: number;
                rejected: number;
                pending: number;
                unchanged: number;
            };
            payments: {
                /** Format: uuid */
                paymentId: string;
                /** @description The payment’s number: the end-to-end id the report names */
                number: string;
                /** @description The status the bank reported: ACSC, ACSP, RJCT, PDNG … */
                bankStatus: string;
                /**
                 * @description paid or rejected by this import; pending: still scheduled; unchanged: already as reported (or a stale report)
                 * @enum {string}
                 */
                outcome: "paid" | "rejected" | "pending" | "unchanged";
                /** @description Why the bank rejected it (`AC04 closed account number: …`) */
                reason: string | null;
            }[];
        };
        SpendMonth: {
            /** Format: date */
            month: string;
            amountBase: string;
            orderCount: number;
        };
        SupplierSpend: {
            /** Format: uuid */
            supplierId: string;
            supplierCode: string;
            supplierName: string;
            months: components["schemas"]["SpendMonth"][];
            totalBase: string;
            orderCount: number;
        };
        /** @description Committed spend in base currency by supplier and month of the order date for one fiscal year (a calendar year when the fiscal year starts in January). */
        SpendReport: {
            year: number;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            currency: string;
            months: string[];
            items: components["schemas"]["SupplierSpend"][];
            nextCursor: string | null;
        };
        SpendSummaryReport: {
            ok: boolean;
            checked: number;
            mismatched: number;
            mismatches: {
                /** Format: uuid */
                supplierId: string;
                /** Format: date */
                month: string;
                summary: {
                    amountBase: string;
                    orderCount: number;
                };
                raw: {
                    amountBase: string;
                    orderCount: number;
                };
            }[];
            monthTotalMismatches: {
                /** Format: date */
                month: string;
                total: {
                    amountBase: string;
                    orderCount: number;
                };
                cells: {
                    amountBase: string;
                    orderCount: number;
                };
            }[];
            categoryMismatches: {
                categoryId: string | null;
                /** Format: date */
                month: string;
                summary: {
                    amountBase: string;
                    lineCount: number;
                };
                raw: {
                    amountBase: string;
                    lineCount: number;
                };
            }[];
            invoicedMismatches: {
                /** Format: uuid */
                purchaseOrderId: string;
                recorded: string;
                invoices: string;
            }[];
        };
        CurrencyAmount: {
            currency: string;
            amount: string;
        };
        GrniLine: {
            lineNo: number;
            quantityAccepted: string;
            quantityInvoiced: string;
            quantityNotInvoiced: string;
            /** @description Net price per unit (net amount ÷ quantity), the order currency */
            unitPrice: string;
            amount: string;
        };
        /** @description One order's goods received (accepted) and not invoiced, per line, as of the end of a day. */
        OrderGrni: {
            /** Format: date */
            asOf: string;
            baseCurrency: string;
            /** Format: uuid */
            purchaseOrderId: string;
            purchaseOrderNumber: string;
            /** Format: uuid */
            supplierId: string;
            supplierCode: string;
            supplierName: string;
            currency: string;
            /** @description Accepted and not invoiced, at the lines' net prices, the order's currency */
            amount: string;
            /** @description The same at the order's rate, base currency */
            amountBase: string;
            lines: components["schemas"]["GrniLine"][];
        };
        GrniOrder: {
            /** Format: uuid */
            purchaseOrderId: string;
            purchaseOrderNumber: string;
            /** Format: uuid */
            supplierId: string;
            supplierCode: string;
            supplierName: string;
            currency: string;
            /** @description Accepted and not invoiced, at the lines' net prices, the order's currency */
            amount: string;
            /** @description The same at the order's rate, base currency */
            amountBase: string;
        };
        GrniSupplier: {
            /** Format: uuid */
            supplierId: string;
            supplierCode: string;
            supplierName: string;
            amountBase: string;
            amounts: components["schemas"]["CurrencyAmount"][];
            orderCount: number;
        };
        /** @description Goods received not invoiced as of the end of a day: per order line what was accepted by then less what invoices had billed of it by then, at the line net price; per order and supplier, in order currency and base currency. */
        GrniReport: {
            /** Format: date */
            asOf: string;
            baseCurrency: string;
            orders: components["schemas"]["GrniOrder"][];
            suppliers: components["schemas"]["GrniSupplier"][];
            totalBase: string;
            totals: components["schemas"]["CurrencyAmount"][];
        };
        AgingAmounts: {
            /** @description Not yet due */
            current: string;
            days1To30: string;
            days31To60: string;
            days61To90: string;
            over90: string;
            total: string;
        };
        AgingRow: {
            /** Format: uuid */
            supplierId: string;
            supplierCode: string;
            supplierName: string;
            currency: string;
            amounts: components["schemas"]["AgingAmounts"];
            amountsBase: components["schemas"]["AgingAmounts"];
            invoiceCount: number;
        };
        /** @description Open payables as of the end of a day (invoices issued by then, submitted, not rejected, cancelled or paid by then; credit notes negative) by days past due, per supplier and currency, with base-currency totals. */
        AgingReport: {
            /** Format: date */
            asOf: string;
            baseCurrency: string;
            rows: components["schemas"]["AgingRow"][];
            totals: {
                currency: string;
                amounts: components["schemas"]["AgingAmounts"];
            }[];
            totalsBase: components["schemas"]["AgingAmounts"];
        };
        CappedCount: {
            count: number;
            /** @description true: counting stopped at `count`; there may be more */
            more: boolean;
        };
        /** @description The signed-in user's home page: what waits for them and the figures of their roles. A part their permissions do not cover is null; counts stop at 1,000. */
        Home: {
            approvals: {
                waiting: components["schemas"]["CappedCount"];
                /** @description Of those, how many waited 3 days or more */
                waitingLong: number;
                oldestWaitingSince: string | null;
            } | null;
            /** @description The caller's own requisitions (requesters) */
            requisitions: {
                returnedToMe: components["schemas"]["CappedCount"];
                drafts: components["schemas"]["CappedCount"];
                inApproval: components["schemas"]["CappedCount"];
            } | null;
            workbench: {
                linesToOrder: components["schemas"]["CappedCount"];
            } | null;
            purchasing: {
                returnedToMe: components["schemas"]["CappedCount"];
                approvedToSend: components["schemas"]["CappedCount"];
                lateDeliveries: components["schemas"]["CappedCount"];
                dueThisWeek: components["schemas"]["CappedCount"];
            } | null;
            /** @description Committed spend in base currency, the last twelve months */
            spendByMonth: {
                currency: string;
                months: components["schemas"]["SpendMonth"][];
            } | null;
            /** @description Committed spend in base currency of the last twelve months by item category (the category its item had when the line was written), largest first: seven, then the rest together */
            spendByCategory: {
                currency: string;
                categories: {
                    /** @description null: free-text lines, which have no category */
                    categoryId: string | null;
                    /** @description "IT-HW · IT hardware"; null for free-text lines */
                    label: string | null;
                    amountBase: string;
                }[];
                /** @description The rest of the categories together; null when none */
                other: string | null;
            } | null;
            ordersByState: {
                /** @enum {string} */
                status: "draft" | "pending_approval" | "approved" | "sent" | "acknowledged" | "partially_received" | "received" | "closed" | "cancelled" | "on_hold";
                count: number;
            }[] | null;
            /** @description Submission to final approval, routes approved in the last 90 days */
            approvalCycleTimes: {
                /** @enum {string} */
                documentType: "requisition" | "purchase_order" | "purchase_order_revision" | "invoice_variance";
                routes: number;
                medianHours: number;
                p90Hours: number;
            }[] | null;
        };
        DiscountReport: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            baseCurrency: string;
            rows: {
                /** Format: uuid */
                invoiceId: string;
                invoiceNumber: string;
                /** Format: uuid */
                supplierId: string;
                supplierCode: string;
                supplierName: string;
                supplierInvoiceNumber: string;
                currency: string;
                payableAmount: string;
                discountPercent: string;
                /** Format: date */
                discountDate: string;
                /** @description What paying by the discount date earns */
                available: string;
                taken: string;
                missed: string;
                takenBase: string;
                missedBase: string;
                /** @enum {string} */
                outcome: "taken" | "missed" | "open";
            }[];
            totals: {
                currency: string;
                available: string;
                taken: string;
                missed: string;
            }[];
            takenBase: string;
            missedBase: string;
            counts: {
                taken: number;
                missed: number;
                open: number;
            };
        };
        ExchangeDifferencesReport: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            baseCurrency: string;
            invoices: {
                /** Format: uuid */
                invoiceId: string;
                invoiceNumber: string;
                /** @enum {string} */
                kind: "invoice" | "credit_note";
                /** Format: uuid */
                supplierId: string;
                supplierCode: string;
                supplierName: string;
                supplierInvoiceNumber: string;
                /** Format: uuid */
                purchaseOrderId: string;
                purchaseOrderNumber: string;
                /** Format: date */
                issueDate: string;
                currency: string;
                /** @description Payable amount in the invoice’s currency; a credit note’s negative */
                amount: string;
                /** @description Base currency per unit on the order’s rate date */
                orderRate: string;
                /** Format: date */
                orderRateDate: string;
                /** @description Base currency per unit on the invoice’s rate date */
                invoiceRate: string;
                /** Format: date */
                invoiceRateDate: string;
                baseAtOrderRate: string;
                /** @description As booked: what budgets count as actual */
                baseAtInvoiceRate: string;
                /** @description baseAtInvoiceRate − baseAtOrderRate: positive, it cost more than ordered */
                difference: string;
            }[];
            payments: {
                /** Format: uuid */
                paymentId: string;
                paymentNumber: string;
                /** Format: uuid */
                paymentRunId: string;
                paymentRunNumber: string;
                /** Format: date */
                paymentDate: string;
                /** @enum {string} */
                status: "scheduled" | "paid";
                /** Format: uuid */
                supplierId: string;
                supplierCode: string;
                supplierName: string;
                currency: string;
                amount: string;
                /** @description Base currency per unit on the payment date */
                rate: string;
                amountBase: string;
                /** @description What the invoices it pays were booked at in base currency */
                bookedBase: string;
                /** @description amountBase − bookedBase: positive, paying cost more than was booked */
                difference: string;
            }[];
            totals: {
                currency: string;
                invoiceDifference: string;
                paymentDifference: string;
            }[];
            invoiceDifference: string;
            paymentDifference: string;
        };
        RequisitionLine: {
            /** Format: uuid */
            id: string;
            lineNo: number;
            itemId: string | null;
            description: string;
            /** Format: uuid */
            categoryId: string;
            quantity: string;
            unitCode: string;
            estimatedUnitPrice: string;
            currency: string;
            neededBy: string | null;
            suggestedSupplierId: string | null;
            quantityOrdered: string;
            quantityRemaining: string;
            /** @enum {string} */
            orderStatus: "open" | "partially_ordered" | "ordered";
        };
        RequisitionSummary: {
            /** Format: uuid */
            id: string;
            number: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "rejected" | "cancelled" | "partially_ordered" | "ordered" | "closed";
            /** Format: uuid */
            requesterId: string;
            requesterName: string;
            /** Format: uuid */
            departmentId: string;
            departmentCode: string;
            /** Format: uuid */
            costCentreId: string;
            costCentreCode: string;
            justification: string;
            estimatedTotalBase: string;
            baseCurrency: string;
            lineCount: number;
            submittedAt: string | null;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            cancelReason: string | null;
            returned: components["schemas"]["Returned"] | null;
            createdBy: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Requisition: {
            /** Format: uuid */
            id: string;
            number: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "rejected" | "cancelled" | "partially_ordered" | "ordered" | "closed";
            /** Format: uuid */
            requesterId: string;
            requesterName: string;
            /** Format: uuid */
            departmentId: string;
            departmentCode: string;
            /** Format: uuid */
            costCentreId: string;
            costCentreCode: string;
            justification: string;
            estimatedTotalBase: string;
            baseCurrency: string;
            lineCount: number;
            submittedAt: string | null;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            cancelReason: string | null;
            returned: components["schemas"]["Returned"] | null;
            createdBy: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            lines: components["schemas"]["RequisitionLine"][];
        };
        WorkbenchLine: {
            /** Format: uuid */
            requisitionLineId: string;
            /** Format: uuid */
            requisitionId: string;
            requisitionNumber: string;
            lineNo: number;
            /** Format: uuid */
            requesterId: string;
            requesterName: string;
            /** Format: uuid */
            departmentId: string;
            departmentCode: string;
            /** Format: uuid */
            costCentreId: string;
            itemId: string | null;
            itemSku: string | null;
            description: string;
            /** Format: uuid */
            categoryId: string;
            categoryCode: string;
            quantity: string;
            quantityOrdered: string;
            quantityRemaining: string;
            unitCode: string;
            neededBy: string | null;
            estimatedUnitPrice: string;
            currency: string;
            suggestedSupplier: {
                /** Format: uuid */
                id: string;
                code: string;
                legalName: string;
                /** @enum {string} */
                status: "active" | "on_hold" | "blocked";
                defaultCurrency: string;
            } | null;
            /** @description The suggested supplier's best price today for the remaining quantity */
            price: {
                unitPrice: string;
                currency: string;
                minQuantity: string;
                /** Format: uuid */
                priceListEntryId: string;
                leadTimeDays: number;
            } | null;
            /** @description Why no price is shown, or what to check */
            warning: string | null;
        };
        WorkbenchOrderResult: {
            purchaseOrders: {
                /** Format: uuid */
                id: string;
                number: string;
                /** Format: uuid */
                supplierId: string;
                currency: string;
                lineCount: number;
                total: string;
                warnings: {
                    code: string;
                    message: string;
                }[];
            }[];
        };
        PaymentTerms: {
            netDays: number;
            /**
             * @description What the days count from: invoice_date, end_of_month (of the invoice), receipt_date (of the goods)
             * @enum {string}
             */
            basis: "invoice_date" | "end_of_month" | "receipt_date";
            discountPercent: string | null;
            discountDays: number | null;
        };
        InvoiceAllowanceCharge: {
            charge: boolean;
            amount: string;
            reason: string | null;
            reasonCode: string | null;
            taxCategory?: string | null;
            taxRate?: string | null;
        };
        InvoiceableLine: {
            lineNo: number;
            itemId: string | null;
            description: string;
            unitCode: string;
            unitName: string;
            /** @enum {string} */
            matchType: "three_way" | "two_way";
            /** @description Ordered, less what was short-closed */
            quantityOrdered: string;
            quantityAccepted: string;
            /** @description What matched invoices consumed (credit notes netted) */
            quantityBilled: string;
            /** @description Accepted (three-way) or ordered (two-way), less what was billed; never below 0 */
            quantityAvailable: string;
            /** @description On the order’s invoices not consumed yet: drafts, awaiting goods, exceptions, held */
            quantityPending: string;
            /** @description What an invoice entered now would bill: available less pending, never below 0 */
            quantityToInvoice: string;
            /** @description The order’s price per unit after its discount */
            netUnitPrice: string;
            taxCategory: string;
            taxRate: string;
        };
        InvoiceableOrder: {
            /** Format: uuid */
            purchaseOrderId: string;
            purchaseOrderNumber: string;
            status: string;
            /** @description Whether an invoice may be entered against it now (sent, not cancelled) */
            invoiceable: boolean;
            /** Format: uuid */
            supplierId: string;
            currency: string;
            /** @description The currency’s decimals: amounts round to them */
            minorUnits: number;
            lines: components["schemas"]["InvoiceableLine"][];
        };
        InvoiceException: {
            /** @enum {string} */
            kind: "price" | "quantity" | "not_on_order" | "tax_rate" | "charge" | "possible_duplicate";
            lineNo: number | null;
            message: string;
            /** @description What accepting it would pay beyond the order, in the invoice’s currency: price variance × quantity, quantity variance × price, a line not on the order or a charge in full, the tax difference, the whole payable amount of a possible duplicate. Absent on exceptions recorded before it was kept. */
            amount?: string;
        };
        InvoiceLine: {
            lineNo: number;
            supplierLineId: string | null;
            orderLineNo: number | null;
            itemId: string | null;
            description: string;
            quantity: string;
            unitCode: string;
            unitPrice: string;
            baseQuantity: string;
            allowancesCharges: components["schemas"]["InvoiceAllowanceCharge"][];
            netAmount: string;
            taxCategory: string;
            taxRate: string;
            match: {
                /** @enum {string} */
                status: "matched" | "awaiting_receipt" | "exception";
                matchType: ("three_way" | "two_way") | null;
                /** @description In the order line’s unit */
                quantity: string | null;
                /** @description Net, per the order line’s unit */
                unitPrice: string | null;
                priceVariance: string | null;
                quantityVariance: string | null;
                explanation: string;
            } | null;
        };
        MatchEntry: {
            invoiceLineNo: number;
            orderLineNo: number;
            receiptId: string | null;
            receiptLineNo: number | null;
            variance: boolean;
            quantity: string;
            amount: string;
            /** Format: date-time */
            recordedAt: string;
        };
        Invoice: {
            /** Format: uuid */
            id: string;
            number: string;
            /** @enum {string} */
            kind: "invoice" | "credit_note";
            /** @enum {string} */
            status: "draft" | "matching" | "matched" | "exception" | "approved_for_payment" | "scheduled" | "paid" | "on_hold" | "rejected" | "cancelled";
            /** @enum {string} */
            source: "form" | "portal" | "csv" | "ubl";
            /** Format: uuid */
            supplierId: string;
            supplierName: string;
            supplierInvoiceNumber: string;
            /** Format: uuid */
            purchaseOrderId: string;
            purchaseOrderNumber: string;
            creditsInvoiceId: string | null;
            /** Format: date */
            issueDate: string;
            taxPointDate: string | null;
            /** Format: date */
            receivedOn: string;
            currency: string;
            exchangeRate: string;
            /** Format: date */
            exchangeRateDate: string;
            allowancesCharges: components["schemas"]["InvoiceAllowanceCharge"][];
            taxSubtotals: {
                taxCategory: string;
                taxRate: string;
                taxableAmount: string;
                taxAmount: string;
                exemptionReason: string | null;
            }[];
            lineExtensionAmount: string;
            allowanceTotal: string;
            chargeTotal: string;
            taxExclusiveAmount: string;
            taxAmount: string;
            taxInclusiveAmount: string;
            prepaidAmount: string;
            roundingAmount: string;
            payableAmount: string;
            payableAmountBase: string;
            paymentTerms: components["schemas"]["PaymentTerms"];
            /** Format: date */
            dueDate: string;
            discountDate: string | null;
            bankAccount: {
                accountName: string | null;
                iban: string | null;
                bic: string | null;
                accountNumber: string | null;
            } | null;
            note: string | null;
            exceptions: components["schemas"]["InvoiceException"][];
            possibleDuplicateOfId: string | null;
            accepted: {
                exceptions: components["schemas"]["InvoiceException"][];
                by: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                /** Format: date-time */
                at: string;
                reason: string | null;
            } | null;
            /** @description The last acceptance of its variances the approval policy routed: pending while approvers decide (the invoice cannot be paid meanwhile), then approved, rejected or withdrawn. Its route: GET /invoices/{id}/approval-route. */
            varianceApproval: {
                /** @enum {string} */
                status: "pending" | "approved" | "rejected" | "withdrawn";
                requestedBy: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
                requestedAt: string | null;
                reason: string | null;
                /** @description The variances’ amount in base currency */
                amountBase: string | null;
                decidedBy: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
                decidedAt: string | null;
                /** @description Why it was rejected */
                note: string | null;
            } | null;
            creditNoteRequestedAt: string | null;
            creditNoteRequestNote: string | null;
            matchedAt: string | null;
            approvedAt: string | null;
            approvedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            heldFromStatus: ("draft" | "matching" | "matched" | "exception" | "approved_for_payment" | "scheduled" | "paid" | "on_hold" | "rejected" | "cancelled") | null;
            holdReason: string | null;
            rejectReason: string | null;
            cancelReason: string | null;
            paidAt: string | null;
            /** @description Paid so far by payment runs (a credit note: set off against invoices) */
            amountPaid: string;
            /** @description Early-payment discount taken */
            discountTaken: string;
            /** @description Still to be paid: payable − paid − discount taken */
            openAmount: string;
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            lines: components["schemas"]["InvoiceLine"][];
            matches: components["schemas"]["MatchEntry"][];
        };
        InvoiceCsvImportResult: {
            created: number;
            invoices: {
                /** Format: uuid */
                id: string;
                number: string;
                /** @enum {string} */
                status: "draft" | "matching" | "matched" | "exception" | "approved_for_payment" | "scheduled" | "paid" | "on_hold" | "rejected" | "cancelled";
                supplierInvoiceNumber: string;
                purchaseOrderNumber: string;
                payableAmount: string;
                currency: string;
                /** @description The file lines it came from (the header is 1) */
                lines: number[];
            }[];
            /** @description How the file was read: a CSV file by its encoding and delimiter, a workbook by its sheet */
            file: {
                /** @constant */
                format: "csv";
                /** @enum {string} */
                encoding: "UTF-8" | "UTF-16" | "Windows-1252";
                /** @enum {string} */
                delimiter: "comma" | "semicolon" | "tab";
            } | {
                /** @constant */
                format: "xlsx";
                sheet: string;
            };
        };
        /** @description A rating of an order (or one line) 1–5 on delivery, quality and service, by a requester, a receiver or the buyer (its close-out evaluation). */
        OrderRating: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            purchaseOrderId: string;
            lineNo: number | null;
            ratedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @enum {string} */
            raterRole: "requester" | "receiver" | "buyer";
            delivery: number;
            quality: number;
            service: number;
            comment: string | null;
            shared: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        OrderRatings: {
            items: components["schemas"]["OrderRating"][];
            nextCursor: string | null;
            /** @description What the caller may do: `can_rate` the whole order now, `rated` it already, `not_yet` (its status does not allow their rating; `reason` says why), `not_a_rater` (none of its requesters, receivers or its buyer). */
            you: {
                raterRole: ("requester" | "receiver" | "buyer") | null;
                /** @enum {string} */
                state: "can_rate" | "rated" | "not_yet" | "not_a_rater";
                reason: string | null;
                ratedLineNos: number[];
            };
        };
        Inspection: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            receiptId: string;
            lineNo: number;
            quantityAccepted: string;
            quantityRejected: string;
            rejectionReason: ("damaged" | "wrong_item" | "out_of_specification" | "expired" | "short_shipped" | "other") | null;
            rejectionNote: string | null;
            note: string | null;
            inspectedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: date-time */
            inspectedAt: string;
        };
        ReceiptLine: {
            /** @description The order line */
            lineNo: number;
            description: string;
            itemId: string | null;
            unitCode: string;
            /** @description In the order line's unit */
            quantity: string;
            enteredQuantity: string | null;
            enteredUnitCode: string | null;
            lotNumber: string | null;
            serialNumbers: string[];
            inspectionRequired: boolean;
            /** @description Received beyond what was open on the order line, within the tolerance (flagged) */
            overReceived: string;
            quantityReversed: string;
            quantityAccepted: string;
            quantityRejected: string;
            /** @description Of the rejected quantity, what returns sent back */
            quantityReturned: string;
            /** @description Awaiting inspection */
            quantityPending: string;
            /** @description What a reversal may still take back (inspected goods go back by a return instead) */
            quantityReversible: string;
            /** @description A service confirmed by amount: the amount the quantity came from */
            confirmedAmount: string | null;
            /** @description A service confirmed by percentage of completion: the percentage reached */
            confirmedPercent: string | null;
            /** @description Of the accepted quantity, what matched invoices consumed (the match ledger); it cannot be reversed */
            quantityInvoiced: string;
            /** @description Rejected and not yet returned: what a return may still send back */
            quantityReturnable: string;
            /** @enum {string} */
            status: "accepted" | "pending_inspection" | "inspected" | "reversed";
            inspections: components["schemas"]["Inspection"][];
        };
        Receipt: {
            /** Format: uuid */
            id: string;
            /** @example GR-2026-00042 */
            number: string;
            /**
             * @description receipt, or reversal (of reversesReceiptId)
             * @enum {string}
             */
            kind: "receipt" | "reversal";
            /** Format: uuid */
            purchaseOrderId: string;
            purchaseOrderNumber: string;
            /** Format: uuid */
            supplierId: string;
            shipNoticeId: string | null;
            reversesReceiptId: string | null;
            receivedOn: string;
            deliveryNote: string | null;
            storageLocation: string | null;
            note: string | null;
            /** @description A reversal's reason */
            reason: string | null;
            recordedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: date-time */
            recordedAt: string;
            overReceived: boolean;
            pendingInspection: boolean;
            lines: components["schemas"]["ReceiptLine"][];
        };
        PendingInspection: {
            /** @description The order line */
            lineNo: number;
            description: string;
            itemId: string | null;
            unitCode: string;
            /** @description In the order line's unit */
            quantity: string;
            enteredQuantity: string | null;
            enteredUnitCode: string | null;
            lotNumber: string | null;
            serialNumbers: string[];
            inspectionRequired: boolean;
            /** @description Received beyond what was open on the order line, within the tolerance (flagged) */
            overReceived: string;
            quantityReversed: string;
            quantityAccepted: string;
            quantityRejected: string;
            /** @description Of the rejected quantity, what returns sent back */
            quantityReturned: string;
            /** @description Awaiting inspection */
            quantityPending: string;
            /** @description What a reversal may still take back (inspected goods go back by a return instead) */
            quantityReversible: string;
            /** @description A service confirmed by amount: the amount the quantity came from */
            confirmedAmount: string | null;
            /** @description A service confirmed by percentage of completion: the percentage reached */
            confirmedPercent: string | null;
            /** @description Of the accepted quantity, what matched invoices consumed (the match ledger); it cannot be reversed */
            quantityInvoiced: string;
            /** @description Rejected and not yet returned: what a return may still send back */
            quantityReturnable: string;
            /** @enum {string} */
            status: "accepted" | "pending_inspection" | "inspected" | "reversed";
            inspections: components["schemas"]["Inspection"][];
            /** Format: uuid */
            receiptId: string;
            receiptNumber: string;
            /** Format: uuid */
            purchaseOrderId: string;
            purchaseOrderNumber: string;
            /** Format: uuid */
            supplierId: string;
            receivedOn: string;
            /** Format: date-time */
            recordedAt: string;
        };
        ExpectedDelivery: {
            order: components["schemas"]["PurchaseOrderSummary"];
            /** @description The ship notice the search named, if it did */
            matchedShipNoticeId: string | null;
            shipNotices: components["schemas"]["ShipNotice"][];
        };
        SupplierReturn: {
            /** Format: uuid */
            id: string;
            /** @example RTV-2026-00007 */
            number: string;
            /** Format: uuid */
            receiptId: string;
            receiptNumber: string;
            /** Format: uuid */
            purchaseOrderId: string;
            purchaseOrderNumber: string;
            /** Format: uuid */
            supplierId: string;
            /**
             * @description replacement: the goods are to come again by replacementExpectedOn (the quantity stays open); credit: the supplier credits them (no longer expected)
             * @enum {string}
             */
            remedy: "replacement" | "credit";
            replacementExpectedOn: string | null;
            note: string | null;
            recordedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: date-time */
            recordedAt: string;
            /** @description Files sent with the return */
            attachmentCount: number;
            /** @description The files sent with the return; download them from /api/v1/portal/attachments/{id}/content (supplier) or /api/v1/attachments/{id}/content */
            attachments: components["schemas"]["Attachment"][];
            lines: {
                /** @description The order line */
                lineNo: number;
                description: string;
                itemId: string | null;
                unitCode: string;
                quantity: string;
                lotNumber: string | null;
                rejectionReasons: {
                    /**
                     * @description damaged, wrong_item, out_of_specification, expired, short_shipped, or other (with rejectionNote)
                     * @enum {string}
                     */
                    reason: "damaged" | "wrong_item" | "out_of_specification" | "expired" | "short_shipped" | "other";
                    note: string | null;
                }[];
            }[];
        };
        WebhookEndpoint: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            eventTypes: string[];
            active: boolean;
            /** @description The last four characters of the current secret */
            secretHint: string;
            /** @description After a rotation: until when the previous secret still signs */
            previousSecretExpiresAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookEndpointWithSecret: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            eventTypes: string[];
            active: boolean;
            /** @description The last four characters of the current secret */
            secretHint: string;
            /** @description After a rotation: until when the previous secret still signs */
            previousSecretExpiresAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The signing secret: shown this once, store it now */
            secret: string;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            endpointId: string;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            nextAttemptAt: string | null;
            lastAttemptAt: string | null;
            lastStatusCode: number | null;
            lastError: string | null;
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "text",
                 *       "password": "text"
                 *     }
                 */
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        permissions: ("suppliers:read" | "suppliers:write" | "catalog:read" | "catalog:write" | "organisation:read" | "organisation:write" | "users:read" | "users:write" | "tokens:own" | "tokens:admin" | "audit:read" | "audit:verify" | "purchase_orders:read" | "purchase_orders:write" | "purchase_orders:approve" | "requisitions:read" | "requisitions:write" | "requisitions:approve" | "workbench:use" | "approvals:act" | "approvals:admin" | "notifications:own" | "outbox:read" | "reports:read" | "webhooks:admin" | "documents:discuss" | "documents:moderate" | "portal:use" | "receiving:read" | "receiving:write" | "receiving:inspect" | "receiving:return" | "receiving:confirm" | "invoices:read" | "invoices:write" | "invoices:approve" | "invoices:resolve" | "payments:read" | "payments:write" | "payments:approve" | "scorecards:read" | "scorecards:admin")[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        permissions: ("suppliers:read" | "suppliers:write" | "catalog:read" | "catalog:write" | "organisation:read" | "organisation:write" | "users:read" | "users:write" | "tokens:own" | "tokens:admin" | "audit:read" | "audit:verify" | "purchase_orders:read" | "purchase_orders:write" | "purchase_orders:approve" | "requisitions:read" | "requisitions:write" | "requisitions:approve" | "workbench:use" | "approvals:act" | "approvals:admin" | "notifications:own" | "outbox:read" | "reports:read" | "webhooks:admin" | "documents:discuss" | "documents:moderate" | "portal:use" | "receiving:read" | "receiving:write" | "receiving:inspect" | "receiving:return" | "receiving:confirm" | "invoices:read" | "invoices:write" | "invoices:approve" | "invoices:resolve" | "payments:read" | "payments:write" | "payments:approve" | "scorecards:read" | "scorecards:admin")[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchAuthMePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "language": "en",
                 *       "locale": "text"
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePreferencesRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        permissions: ("suppliers:read" | "suppliers:write" | "catalog:read" | "catalog:write" | "organisation:read" | "organisation:write" | "users:read" | "users:write" | "tokens:own" | "tokens:admin" | "audit:read" | "audit:verify" | "purchase_orders:read" | "purchase_orders:write" | "purchase_orders:approve" | "requisitions:read" | "requisitions:write" | "requisitions:approve" | "workbench:use" | "approvals:act" | "approvals:admin" | "notifications:own" | "outbox:read" | "reports:read" | "webhooks:admin" | "documents:discuss" | "documents:moderate" | "portal:use" | "receiving:read" | "receiving:write" | "receiving:inspect" | "receiving:return" | "receiving:confirm" | "invoices:read" | "invoices:write" | "invoices:approve" | "invoices:resolve" | "payments:read" | "payments:write" | "payments:approve" | "scorecards:read" | "scorecards:admin")[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "currentPassword": "text",
                 *       "newPassword": "textxxxxxx"
                 *     }
                 */
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                role?: "requester" | "buyer" | "approver" | "finance" | "compliance" | "receiver" | "inspector" | "accounts_payable" | "admin" | "auditor" | "supplier";
                active?: "true" | "false";
                departmentId?: string;
                /** @description `organisation`: the organisation's own people (who may head, approve, be mentioned); `supplier`: suppliers' portal users */
                kind?: "organisation" | "supplier";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "buyer@example.com",
                 *       "name": "text",
                 *       "password": "textxxxxxx",
                 *       "roles": [
                 *         "requester"
                 *       ],
                 *       "departmentId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    password: string;
                    roles: ("requester" | "buyer" | "approver" | "finance" | "compliance" | "receiver" | "inspector" | "accounts_payable" | "admin" | "auditor" | "supplier")[];
                    departmentId?: string | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchUsersById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "buyer@example.com",
                 *       "name": "text",
                 *       "password": "textxxxxxx",
                 *       "roles": [
                 *         "requester"
                 *       ],
                 *       "departmentId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email?: string;
                    name?: string;
                    password?: string;
                    roles?: ("requester" | "buyer" | "approver" | "finance" | "compliance" | "receiver" | "inspector" | "accounts_payable" | "admin" | "auditor" | "supplier")[];
                    departmentId?: string | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiTokens: {
        parameters: {
            query?: {
                all?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiToken"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiTokens: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "text",
                 *       "expiresAt": "2026-03-14T09:30:00Z"
                 *     }
                 */
                "application/json": {
                    name: string;
                    expiresAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        userId: string;
                        name: string;
                        prefix: string;
                        /** Format: date-time */
                        createdAt: string;
                        expiresAt: string | null;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        token: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiTokensByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSavedViews: {
        parameters: {
            query: {
                list: "purchase-orders" | "requisitions" | "audit";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SavedView"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSavedViews: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "list": "purchase-orders",
                 *       "name": "text",
                 *       "query": "text"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    list: "purchase-orders" | "requisitions" | "audit";
                    name: string;
                    query: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSavedViewsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSuppliers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                status?: "active" | "on_hold" | "blocked";
                categoryId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Supplier"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSuppliers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "text",
                 *       "legalName": "text",
                 *       "electronicAddress": {
                 *         "scheme": "0088",
                 *         "id": "7300010000001"
                 *       },
                 *       "legalId": {
                 *         "id": "text"
                 *       },
                 *       "taxId": "text",
                 *       "taxScheme": "VAT",
                 *       "addresses": [],
                 *       "contacts": [],
                 *       "defaultCurrency": "USD",
                 *       "paymentTermsNetDays": 30,
                 *       "earlyPaymentDiscountPercent": "10.00",
                 *       "earlyPaymentDiscountDays": 1,
                 *       "paymentTermsBasis": "invoice_date",
                 *       "categoryIds": [],
                 *       "bankDetails": {
                 *         "accountName": "text"
                 *       },
                 *       "notes": "",
                 *       "language": "en"
                 *     }
                 */
                "application/json": {
                    code: string;
                    legalName: string;
                    electronicAddress?: components["schemas"]["ElectronicAddressInput"] | null;
                    legalId?: components["schemas"]["LegalRegistrationInput"] | null;
                    taxId?: string | null;
                    taxScheme?: ("VAT" | "GST" | "STT" | "LOC") | null;
                    /** @default [] */
                    addresses?: {
                        /** @enum {string} */
                        kind: "billing" | "shipping" | "remit_to" | "other";
                        line1: string;
                        line2?: string;
                        city: string;
                        region?: string;
                        postalCode?: string;
                        country: string;
                    }[];
                    /** @default [] */
                    contacts?: {
                        name: string;
                        /** Format: email */
                        email?: string;
                        phone?: string;
                        role?: string;
                        /** @description Purchase orders are e-mailed to this contact; it needs an e-mail address */
                        orderContact?: boolean;
                    }[];
                    defaultCurrency: string;
                    /** @default 30 */
                    paymentTermsNetDays?: number;
                    earlyPaymentDiscountPercent?: string | null;
                    earlyPaymentDiscountDays?: number | null;
                    /**
                     * @description What the terms’ days count from: invoice_date, end_of_month (of the invoice) or receipt_date (of the goods)
                     * @default invoice_date
                     * @enum {string}
                     */
                    paymentTermsBasis?: "invoice_date" | "end_of_month" | "receipt_date";
                    /** @default [] */
                    categoryIds?: string[];
                    bankDetails?: {
                        accountName: string;
                        bankName?: string;
                        iban?: string;
                        bic?: string;
                        accountNumber?: string;
                    } | null;
                    /** @default  */
                    notes?: string;
                    /** @description The language of the documents sent to the supplier (the PDF order); null: English */
                    language?: ("en" | "de") | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Supplier"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSuppliersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Supplier"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchSuppliersById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "text",
                 *       "legalName": "text",
                 *       "electronicAddress": {
                 *         "scheme": "0088",
                 *         "id": "7300010000001"
                 *       },
                 *       "legalId": {
                 *         "id": "text"
                 *       },
                 *       "taxId": "text",
                 *       "taxScheme": "VAT",
                 *       "addresses": [
                 *         {
                 *           "kind": "billing",
                 *           "line1": "text",
                 *           "city": "text",
                 *           "country": "US"
                 *         }
                 *       ],
                 *       "contacts": [
                 *         {
                 *           "name": "text"
                 *         }
                 *       ],
                 *       "defaultCurrency": "USD",
                 *       "paymentTermsNetDays": 1,
                 *       "earlyPaymentDiscountPercent": "10.00",
                 *       "earlyPaymentDiscountDays": 1,
                 *       "paymentTermsBasis": "invoice_date",
                 *       "categoryIds": [
                 *         "0190b9a0-0000-7000-8000-000000000001"
                 *       ],
                 *       "bankDetails": {
                 *         "accountName": "text"
                 *       },
                 *       "notes": "text",
                 *       "language": "en"
                 *     }
                 */
                "application/json": {
                    code?: string;
                    legalName?: string;
                    electronicAddress?: components["schemas"]["ElectronicAddressInput"] | null;
                    legalId?: components["schemas"]["LegalRegistrationInput"] | null;
                    taxId?: string | null;
                    taxScheme?: ("VAT" | "GST" | "STT" | "LOC") | null;
                    addresses?: {
                        /** @enum {string} */
                        kind: "billing" | "shipping" | "remit_to" | "other";
                        line1: string;
                        line2?: string;
                        city: string;
                        region?: string;
                        postalCode?: string;
                        country: string;
                    }[];
                    contacts?: {
                        name: string;
                        /** Format: email */
                        email?: string;
                        phone?: string;
                        role?: string;
                        /** @description Purchase orders are e-mailed to this contact; it needs an e-mail address */
                        orderContact?: boolean;
                    }[];
                    defaultCurrency?: string;
                    paymentTermsNetDays?: number;
                    earlyPaymentDiscountPercent?: string | null;
                    earlyPaymentDiscountDays?: number | null;
                    /**
                     * @description What the terms’ days count from: invoice_date, end_of_month (of the invoice) or receipt_date (of the goods)
                     * @enum {string}
                     */
                    paymentTermsBasis?: "invoice_date" | "end_of_month" | "receipt_date";
                    categoryIds?: string[];
                    bankDetails?: {
                        accountName: string;
                        bankName?: string;
                        iban?: string;
                        bic?: string;
                        accountNumber?: string;
                    } | null;
                    notes?: string;
                    /** @description The language of the documents sent to the supplier (the PDF order); null: English */
                    language?: ("en" | "de") | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Supplier"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSuppliersExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows in the columns the import accepts: CSV with a header row, or an Excel workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSuppliersImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example text */
                "text/csv": Blob;
                /** @example text */
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        /** @description Rows that changed a record; an unchanged row changes nothing */
                        updated: number;
                        /** @description How the file was read: a CSV file by its encoding and delimiter, a workbook by its sheet */
                        file: {
                            /** @enum {string} */
                            format: "csv";
                            /** @enum {string} */
                            encoding: "UTF-8" | "UTF-16" | "Windows-1252";
                            /** @enum {string} */
                            delimiter: "comma" | "semicolon" | "tab";
                        } | {
                            /** @enum {string} */
                            format: "xlsx";
                            sheet: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSuppliersByIdHold: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "text"
                 *     }
                 */
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Supplier"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSuppliersByIdBlock: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "text"
                 *     }
                 */
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Supplier"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSuppliersByIdActivate: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "text"
                 *     }
                 */
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Supplier"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItemCategories: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                active?: "true" | "false";
                parentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ItemCategory"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postItemCategories: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "text",
                 *       "name": "text",
                 *       "parentId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "inspectionRequired": false,
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    code: string;
                    name: string;
                    parentId?: string | null;
                    /**
                     * @description Goods of this category's items are inspected before they count as delivered (besides each item's own flag)
                     * @default false
                     */
                    inspectionRequired?: boolean;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemCategory"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItemCategoriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemCategory"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchItemCategoriesById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "text",
                 *       "name": "text",
                 *       "parentId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "inspectionRequired": true,
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    code?: string;
                    name?: string;
                    parentId?: string | null;
                    /** @description Goods of this category's items are inspected before they count as delivered (besides each item's own flag) */
                    inspectionRequired?: boolean;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemCategory"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnits: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Unit"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUnits: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "text",
                 *       "name": "text",
                 *       "decimals": 0,
                 *       "baseUnitCode": "text",
                 *       "factor": "1",
                 *       "uneceCode": "text"
                 *     }
                 */
                "application/json": {
                    code: string;
                    name: string;
                    /** @default 0 */
                    decimals?: number;
                    baseUnitCode?: string | null;
                    /** @default 1 */
                    factor?: string;
                    uneceCode?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnitsByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchUnitsByCode: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "text",
                 *       "decimals": 1,
                 *       "baseUnitCode": "text",
                 *       "factor": "10.00",
                 *       "uneceCode": "text"
                 *     }
                 */
                "application/json": {
                    name?: string;
                    decimals?: number;
                    baseUnitCode?: string | null;
                    factor?: string;
                    uneceCode?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItems: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                categoryId?: string;
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Item"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sku": "text",
                 *       "name": "text",
                 *       "description": "",
                 *       "categoryId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "unitCode": "text",
                 *       "defaultTaxRate": "0",
                 *       "defaultTaxCategory": null,
                 *       "inspectionRequired": false,
                 *       "service": false,
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    sku: string;
                    name: string;
                    /** @default  */
                    description?: string;
                    /** Format: uuid */
                    categoryId: string;
                    unitCode: string;
                    /** @default 0 */
                    defaultTaxRate?: string;
                    /** @default null */
                    defaultTaxCategory?: components["schemas"]["TaxCategoryInput"] | null;
                    /** @default false */
                    inspectionRequired?: boolean;
                    /**
                     * @description A service: its order lines are confirmed by amount or percentage of completion (requester or buyer), not received at the dock
                     * @default false
                     */
                    service?: boolean;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItemsExport: {
        parameters: {
            query?: {
                categoryId?: string;
                active?: "true" | "false";
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows in the columns the import accepts: CSV with a header row, or an Excel workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postItemsImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example text */
                "text/csv": Blob;
                /** @example text */
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        /** @description Rows that changed a record; an unchanged row changes nothing */
                        updated: number;
                        /** @description How the file was read: a CSV file by its encoding and delimiter, a workbook by its sheet */
                        file: {
                            /** @enum {string} */
                            format: "csv";
                            /** @enum {string} */
                            encoding: "UTF-8" | "UTF-16" | "Windows-1252";
                            /** @enum {string} */
                            delimiter: "comma" | "semicolon" | "tab";
                        } | {
                            /** @enum {string} */
                            format: "xlsx";
                            sheet: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItemsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchItemsById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sku": "text",
                 *       "name": "text",
                 *       "description": "text",
                 *       "categoryId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "unitCode": "text",
                 *       "defaultTaxRate": "10.00",
                 *       "defaultTaxCategory": "S",
                 *       "inspectionRequired": true,
                 *       "service": true,
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    sku?: string;
                    name?: string;
                    description?: string;
                    /** Format: uuid */
                    categoryId?: string;
                    unitCode?: string;
                    defaultTaxRate?: string;
                    defaultTaxCategory?: components["schemas"]["TaxCategoryInput"] | null;
                    inspectionRequired?: boolean;
                    /** @description A service: its order lines are confirmed by amount or percentage of completion (requester or buyer), not received at the dock */
                    service?: boolean;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPriceListEntries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                supplierId?: string;
                itemId?: string;
                validOn?: string;
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PriceListEntry"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPriceListEntries: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "supplierId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "itemId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "supplierPartNumber": "text",
                 *       "currency": "USD",
                 *       "minQuantity": "0",
                 *       "unitPrice": "10.00",
                 *       "validFrom": "2026-03-14",
                 *       "validTo": "2026-03-14",
                 *       "leadTimeDays": 0
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    supplierId: string;
                    /** Format: uuid */
                    itemId: string;
                    supplierPartNumber?: string | null;
                    currency: string;
                    /** @default 0 */
                    minQuantity?: string;
                    unitPrice: string;
                    /** Format: date */
                    validFrom: string;
                    validTo?: string | null;
                    /** @default 0 */
                    leadTimeDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListEntry"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPriceListEntriesExport: {
        parameters: {
            query?: {
                supplierId?: string;
                itemId?: string;
                validOn?: string;
                currency?: string;
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows in the columns the import accepts: CSV with a header row, or an Excel workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPriceListEntriesImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example text */
                "text/csv": Blob;
                /** @example text */
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        /** @description Rows that changed a record; an unchanged row changes nothing */
                        updated: number;
                        /** @description How the file was read: a CSV file by its encoding and delimiter, a workbook by its sheet */
                        file: {
                            /** @enum {string} */
                            format: "csv";
                            /** @enum {string} */
                            encoding: "UTF-8" | "UTF-16" | "Windows-1252";
                            /** @enum {string} */
                            delimiter: "comma" | "semicolon" | "tab";
                        } | {
                            /** @enum {string} */
                            format: "xlsx";
                            sheet: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPriceListEntriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListEntry"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePriceListEntriesById: {
        parameters: {
            query?: {
                reason?: string;
            };
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchPriceListEntriesById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "supplierPartNumber": "text",
                 *       "currency": "USD",
                 *       "minQuantity": "10.00",
                 *       "unitPrice": "10.00",
                 *       "validFrom": "2026-03-14",
                 *       "validTo": "2026-03-14",
                 *       "leadTimeDays": 1
                 *     }
                 */
                "application/json": {
                    supplierPartNumber?: string | null;
                    currency?: string;
                    minQuantity?: string;
                    unitPrice?: string;
                    /** Format: date */
                    validFrom?: string;
                    validTo?: string | null;
                    leadTimeDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListEntry"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPriceLookup: {
        parameters: {
            query: {
                supplierId: string;
                itemId: string;
                quantity: string;
                date: string;
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceLookup"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDepartments: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Department"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDepartments: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "text",
                 *       "name": "text",
                 *       "headUserId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    code: string;
                    name: string;
                    headUserId?: string | null;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDepartmentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchDepartmentsById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "text",
                 *       "name": "text",
                 *       "headUserId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    code?: string;
                    name?: string;
                    headUserId?: string | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCostCentres: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                departmentId?: string;
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CostCentre"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCostCentres: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "text",
                 *       "name": "text",
                 *       "departmentId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "ownerUserId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    code: string;
                    name: string;
                    /** Format: uuid */
                    departmentId: string;
                    ownerUserId?: string | null;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostCentre"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCostCentresById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostCentre"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchCostCentresById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "text",
                 *       "name": "text",
                 *       "departmentId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "ownerUserId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    code?: string;
                    name?: string;
                    /** Format: uuid */
                    departmentId?: string;
                    ownerUserId?: string | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostCentre"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrencies: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Currency"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchCurrenciesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Currency"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeRates: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                currency?: string;
                baseCurrency?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ExchangeRate"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postExchangeRates: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "currency": "USD",
                 *       "baseCurrency": "USD",
                 *       "rate": "10.00",
                 *       "validOn": "2026-03-14"
                 *     }
                 */
                "application/json": {
                    currency: string;
                    /** @description Defaults to the base currency in the settings */
                    baseCurrency?: string;
                    /**
                     * @description Units of the base currency for one unit of the currency; > 0, at most 10 decimal places
                     * @example 1.0842
                     */
                    rate: string;
                    /** Format: date */
                    validOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeRate"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeRatesLookup: {
        parameters: {
            query: {
                currency: string;
                /** @description Defaults to today */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateQuote"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeRatesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeRate"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteExchangeRatesById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchExchangeRatesById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rate": "10.00"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Units of the base currency for one unit of the currency; > 0, at most 10 decimal places
                     * @example 1.0842
                     */
                    rate: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeRate"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchSettings: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organisationName": "text",
                 *       "baseCurrency": "USD",
                 *       "fiscalYearStartMonth": 1,
                 *       "numberFormats": {},
                 *       "address": {
                 *         "line1": "text",
                 *         "city": "text",
                 *         "country": "US"
                 *       },
                 *       "overOrderAllowancePercent": "10.00",
                 *       "budgetControl": "approval",
                 *       "budgetApproverRole": "requester",
                 *       "autoSendOnApproval": true,
                 *       "acknowledgementDueDays": 1,
                 *       "deliveryReminderDays": 1,
                 *       "paymentAccount": {
                 *         "accountName": "text",
                 *         "iban": "text"
                 *       },
                 *       "electronicAddress": {
                 *         "scheme": "0088",
                 *         "id": "7300010000001"
                 *       },
                 *       "legalId": {
                 *         "id": "text"
                 *       },
                 *       "taxId": "text",
                 *       "taxScheme": "VAT"
                 *     }
                 */
                "application/json": {
                    organisationName?: string;
                    baseCurrency?: string;
                    fiscalYearStartMonth?: number;
                    /** @description Formats to set, by document type; types not named keep their format */
                    numberFormats?: {
                        [key: string]: string;
                    };
                    address?: components["schemas"]["OrganisationAddressInput"] | null;
                    overOrderAllowancePercent?: string;
                    /**
                     * @description What submitting a document that would exceed a budget does: approval adds a "Budget overrun" step; block refuses it
                     * @enum {string}
                     */
                    budgetControl?: "approval" | "block";
                    /** @enum {string} */
                    budgetApproverRole?: "requester" | "buyer" | "approver" | "finance" | "compliance" | "receiver" | "inspector" | "accounts_payable" | "admin" | "auditor" | "supplier";
                    autoSendOnApproval?: boolean;
                    acknowledgementDueDays?: number;
                    deliveryReminderDays?: number;
                    /** @description The account suppliers are paid from; its IBAN (check digits) and BIC are checked; null removes it */
                    paymentAccount?: {
                        accountName: string;
                        iban: string;
                        bic?: string | null;
                    } | null;
                    electronicAddress?: components["schemas"]["ElectronicAddressInput"] | null;
                    legalId?: components["schemas"]["LegalRegistrationInput"] | null;
                    taxId?: string | null;
                    taxScheme?: ("VAT" | "GST" | "STT" | "LOC") | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RoleDefinition"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBudgets: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                costCentreId?: string;
                periodType?: "month" | "year";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Budget"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBudgets: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "costCentreId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "periodType": "month",
                 *       "periodStart": "2026-03-14",
                 *       "amount": "10.00"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    costCentreId: string;
                    /** @enum {string} */
                    periodType: "month" | "year";
                    /** Format: date */
                    periodStart: string;
                    amount: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBudgetsEffect: {
        parameters: {
            query: {
                costCentreId: string;
                date: string;
                /** @description The document total in `currency` */
                amount: string;
                currency: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetEffect"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBudgetsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchBudgetsById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": "10.00"
                 *     }
                 */
                "application/json": {
                    amount: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTolerances: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                scope?: "global" | "supplier" | "category" | "item";
                supplierId?: string;
                categoryId?: string;
                itemId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ToleranceRule"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTolerances: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scope": "global",
                 *       "supplierId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "categoryId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "itemId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "overReceipt": {},
                 *       "priceVariance": {},
                 *       "quantityVariance": {},
                 *       "note": "text"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    scope: "global" | "supplier" | "category" | "item";
                    supplierId?: string | null;
                    categoryId?: string | null;
                    itemId?: string | null;
                    overReceipt?: {
                        percent?: string | null;
                        absolute?: string | null;
                    } | null;
                    priceVariance?: {
                        percent?: string | null;
                        absolute?: string | null;
                    } | null;
                    quantityVariance?: {
                        percent?: string | null;
                        absolute?: string | null;
                    } | null;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToleranceRule"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTolerancesEffective: {
        parameters: {
            query?: {
                supplierId?: string;
                itemId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EffectiveTolerances"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTolerancesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToleranceRule"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTolerancesById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchTolerancesById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "overReceipt": {},
                 *       "priceVariance": {},
                 *       "quantityVariance": {},
                 *       "note": "text"
                 *     }
                 */
                "application/json": {
                    overReceipt?: {
                        percent?: string | null;
                        absolute?: string | null;
                    } | null;
                    priceVariance?: {
                        percent?: string | null;
                        absolute?: string | null;
                    } | null;
                    quantityVariance?: {
                        percent?: string | null;
                        absolute?: string | null;
                    } | null;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToleranceRule"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                entityType?: string;
                entityId?: string;
                actorId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditChainReport"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuditSeal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditSealResult"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRequisitions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "draft" | "submitted" | "approved" | "rejected" | "cancelled" | "partially_ordered" | "ordered" | "closed";
                requesterId?: string;
                departmentId?: string;
                /** @description true: only the caller's own requisitions */
                mine?: "true" | "false";
                /** @description true: only drafts an approver sent back (rejected, or changes requested) */
                returned?: "true" | "false";
                /** @description Searches the number, the justification and line descriptions */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RequisitionSummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRequisitions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "departmentId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "costCentreId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "justification": "",
                 *       "lines": [
                 *         {
                 *           "quantity": "10.00",
                 *           "estimatedUnitPrice": "10.00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Defaults to the requester's department
                     */
                    departmentId?: string;
                    /** Format: uuid */
                    costCentreId: string;
                    /** @default  */
                    justification?: string;
                    lines: {
                        /** @description A catalog item; blank for a free-text line */
                        itemId?: string | null;
                        /** @description Defaults to the item's name; required without an item */
                        description?: string;
                        /**
                         * Format: uuid
                         * @description Defaults to the item's category; required without an item
                         */
                        categoryId?: string;
                        quantity: string;
                        /** @description Defaults to (and must be) the item's unit */
                        unitCode?: string;
                        estimatedUnitPrice: string;
                        /** @description Defaults to the base currency */
                        currency?: string;
                        /** @description Not in the past */
                        neededBy?: string | null;
                        suggestedSupplierId?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Requisition"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRequisitionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Requisition"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchRequisitionsById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "departmentId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "costCentreId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "justification": "text",
                 *       "lines": [
                 *         {
                 *           "quantity": "10.00",
                 *           "estimatedUnitPrice": "10.00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    departmentId?: string;
                    /** Format: uuid */
                    costCentreId?: string;
                    justification?: string;
                    /** @description Replaces every line */
                    lines?: {
                        /** @description A catalog item; blank for a free-text line */
                        itemId?: string | null;
                        /** @description Defaults to the item's name; required without an item */
                        description?: string;
                        /**
                         * Format: uuid
                         * @description Defaults to the item's category; required without an item
                         */
                        categoryId?: string;
                        quantity: string;
                        /** @description Defaults to (and must be) the item's unit */
                        unitCode?: string;
                        estimatedUnitPrice: string;
                        /** @description Defaults to the base currency */
                        currency?: string;
                        /** @description Not in the past */
                        neededBy?: string | null;
                        suggestedSupplierId?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Requisition"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRequisitionsByIdSubmit: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comment": "text"
                 *     }
                 */
                "application/json": {
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Requisition"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRequisitionsApprovalRoute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "departmentId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "costCentreId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "justification": "",
                 *       "lines": [
                 *         {
                 *           "quantity": "10.00",
                 *           "estimatedUnitPrice": "10.00"
                 *         }
                 *       ],
                 *       "requisitionId": "0190b9a0-0000-7000-8000-000000000001"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Defaults to the requester's department
                     */
                    departmentId?: string;
                    /** Format: uuid */
                    costCentreId: string;
                    /** @default  */
                    justification?: string;
                    lines: {
                        /** @description A catalog item; blank for a free-text line */
                        itemId?: string | null;
                        /** @description Defaults to the item's name; required without an item */
                        description?: string;
                        /**
                         * Format: uuid
                         * @description Defaults to the item's category; required without an item
                         */
                        categoryId?: string;
                        quantity: string;
                        /** @description Defaults to (and must be) the item's unit */
                        unitCode?: string;
                        estimatedUnitPrice: string;
                        /** @description Defaults to the base currency */
                        currency?: string;
                        /** @description Not in the past */
                        neededBy?: string | null;
                        suggestedSupplierId?: string | null;
                    }[];
                    /**
                     * Format: uuid
                     * @description The draft being edited, when it is one: its authors may not approve it
                     */
                    requisitionId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRoute"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRequisitionsByIdApprovalRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRoute"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRequisitionsByIdApprove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comment": "text"
                 *     }
                 */
                "application/json": {
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Requisition"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRequisitionsByIdRequestChanges: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comment": "text"
                 *     }
                 */
                "application/json": {
                    comment: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Requisition"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRequisitionsByIdReject: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "text"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Requisition"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRequisitionsByIdCancel: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "text"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Requisition"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRequisitionsByIdClose: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "text"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Requisition"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkbenchLines: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description Lines whose suggested supplier this is */
                supplierId?: string;
                categoryId?: string;
                /** @description Needed on or after this date */
                neededByFrom?: string;
                /** @description Needed on or before this date */
                neededByTo?: string;
                /** @description Searches the requisition number, line description and SKU */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WorkbenchLine"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postWorkbenchPurchaseOrders: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lines": [
                 *         {
                 *           "requisitionLineId": "0190b9a0-0000-7000-8000-000000000001",
                 *           "quantity": "10.00"
                 *         }
                 *       ],
                 *       "orderDate": "2026-03-14",
                 *       "expectedDeliveryDate": "2026-03-14"
                 *     }
                 */
                "application/json": {
                    lines: {
                        /** Format: uuid */
                        requisitionLineId: string;
                        /** @description May be less than the remaining quantity */
                        quantity: string;
                        /**
                         * Format: uuid
                         * @description Defaults to the line's suggested supplier
                         */
                        supplierId?: string;
                        /** @description Defaults to the supplier's valid price list entry for the quantity */
                        unitPrice?: string;
                        /** @description Defaults to the item's tax rate; required for a free-text line */
                        taxRate?: string;
                    }[];
                    /**
                     * Format: date
                     * @description Defaults to today; prices are those valid on it
                     */
                    orderDate?: string;
                    expectedDeliveryDate?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkbenchOrderResult"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrders: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                status?: "draft" | "pending_approval" | "approved" | "sent" | "acknowledged" | "partially_received" | "received" | "closed" | "cancelled" | "on_hold";
                supplierId?: string;
                buyerId?: string;
                departmentId?: string;
                orderDateFrom?: string;
                orderDateTo?: string;
                overdue?: "true" | "false";
                dueSoon?: "true" | "false";
                returned?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PurchaseOrderSummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrders: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "supplierId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "currency": "USD",
                 *       "paymentTermsNetDays": 1,
                 *       "incoterms": "EXW",
                 *       "incotermsPlace": "text",
                 *       "shipTo": {
                 *         "line1": "text",
                 *         "city": "text",
                 *         "country": "US"
                 *       },
                 *       "billTo": {
                 *         "line1": "text",
                 *         "city": "text",
                 *         "country": "US"
                 *       },
                 *       "departmentId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "costCentreId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "orderDate": "2026-03-14",
                 *       "expectedDeliveryDate": "2026-03-14",
                 *       "notes": "text",
                 *       "terms": "text",
                 *       "lines": [
                 *         {
                 *           "quantity": "10.00",
                 *           "unitPrice": "10.00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    supplierId: string;
                    currency?: string;
                    paymentTermsNetDays?: number;
                    incoterms?: ("EXW" | "FCA" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP" | "FAS" | "FOB" | "CFR" | "CIF") | null;
                    incotermsPlace?: string | null;
                    shipTo?: {
                        line1: string;
                        line2?: string;
                        city: string;
                        region?: string;
                        postalCode?: string;
                        country: string;
                    } | null;
                    billTo?: {
                        line1: string;
                        line2?: string;
                        city: string;
                        region?: string;
                        postalCode?: string;
                        country: string;
                    } | null;
                    departmentId?: string | null;
                    costCentreId?: string | null;
                    /** Format: date */
                    orderDate?: string;
                    expectedDeliveryDate?: string | null;
                    notes?: string;
                    terms?: string;
                    lines: {
                        itemId?: string | null;
                        description?: string;
                        quantity: string;
                        unitCode?: string;
                        unitPrice: string;
                        discountPercent?: string;
                        taxRate?: string;
                        taxCategory?: components["schemas"]["TaxCategoryInput"];
                        neededBy?: string | null;
                        costCentreId?: string | null;
                        sources?: {
                            /** Format: uuid */
                            requisitionLineId: string;
                            quantity: string;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchPurchaseOrdersById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "supplierId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "currency": "USD",
                 *       "paymentTermsNetDays": 1,
                 *       "incoterms": "EXW",
                 *       "incotermsPlace": "text",
                 *       "shipTo": {
                 *         "line1": "text",
                 *         "city": "text",
                 *         "country": "US"
                 *       },
                 *       "billTo": {
                 *         "line1": "text",
                 *         "city": "text",
                 *         "country": "US"
                 *       },
                 *       "departmentId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "costCentreId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "orderDate": "2026-03-14",
                 *       "expectedDeliveryDate": "2026-03-14",
                 *       "notes": "text",
                 *       "terms": "text",
                 *       "lines": [
                 *         {
                 *           "quantity": "10.00",
                 *           "unitPrice": "10.00"
                 *         }
                 *       ],
                 *       "reason": "text"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    supplierId?: string;
                    currency?: string;
                    paymentTermsNetDays?: number;
                    incoterms?: ("EXW" | "FCA" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP" | "FAS" | "FOB" | "CFR" | "CIF") | null;
                    incotermsPlace?: string | null;
                    shipTo?: {
                        line1: string;
                        line2?: string;
                        city: string;
                        region?: string;
                        postalCode?: string;
                        country: string;
                    } | null;
                    billTo?: {
                        line1: string;
                        line2?: string;
                        city: string;
                        region?: string;
                        postalCode?: string;
                        country: string;
                    } | null;
                    departmentId?: string | null;
                    costCentreId?: string | null;
                    /** Format: date */
                    orderDate?: string;
                    expectedDeliveryDate?: string | null;
                    notes?: string;
                    terms?: string;
                    lines?: {
                        lineNo?: number;
                        itemId?: string | null;
                        description?: string;
                        quantity: string;
                        unitCode?: string;
                        unitPrice: string;
                        discountPercent?: string;
                        taxRate?: string;
                        taxCategory?: components["schemas"]["TaxCategoryInput"];
                        neededBy?: string | null;
                        costCentreId?: string | null;
                        sources?: {
                            /** Format: uuid */
                            requisitionLineId: string;
                            quantity: string;
                        }[];
                    }[];
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersByIdApprovalRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRoute"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdSubmit: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    reason?: string;
                    comment?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdApprove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    reason?: string;
                    comment?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdReject: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    reason?: string;
                    comment?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdHold: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    reason?: string;
                    comment?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdRelease: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    reason?: string;
                    comment?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdCancel: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    reason?: string;
                    comment?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdClose: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    reason?: string;
                    comment?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdRequestChanges: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comment": "text"
                 *     }
                 */
                "application/json": {
                    comment: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdShortClose: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "text"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdLinesByLineNoShortClose: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
                lineNo: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "text"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersByIdRevisions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PurchaseOrderRevision"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersByIdRevisionsByRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                revision: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderRevisionDetail"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersByIdPdf: {
        parameters: {
            query?: {
                /** @description The language to write it in instead of the supplier’s */
                language?: "en" | "de";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/pdf */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersByIdUbl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/xml */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdSend: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Who gets it this time; absent: the supplier's order contacts */
                    recipients?: string[];
                    /** @description A note to the supplier, written into the e-mail */
                    message?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersByIdDispatches: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Dispatch"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersByIdDispatchesByDispatchIdFilesByRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                dispatchId: string;
                /** @description pdf: the PDF order; ubl: the PEPPOL document (Order, OrderChange, OrderCancellation); message: the whole e-mail (.eml) */
                role: "pdf" | "ubl" | "message";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/octet-stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersByIdShipNotices: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ShipNotice"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdShipNotices: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "despatchDate": "2026-03-14",
                 *       "expectedDeliveryDate": "2026-03-14",
                 *       "carrier": "text",
                 *       "trackingNumber": "text",
                 *       "packages": 1,
                 *       "note": "text",
                 *       "supplierReference": "text",
                 *       "lines": [
                 *         {
                 *           "lineNo": 1,
                 *           "quantity": "10.00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date
                     * @description When the goods left the supplier
                     */
                    despatchDate: string;
                    /** @description When they should arrive; not before the despatch date */
                    expectedDeliveryDate?: string | null;
                    /** @description DHL, UPS, FedEx, DPD, GLS … or any name */
                    carrier?: string | null;
                    trackingNumber?: string | null;
                    packages?: number | null;
                    note?: string | null;
                    /** @description The supplier's own number for it (its delivery note) */
                    supplierReference?: string | null;
                    lines: {
                        lineNo: number;
                        quantity: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipNotice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postShipNoticesDespatchAdvice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example text */
                "application/xml": Blob;
                /** @example text */
                "text/xml": Blob;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipNotice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrackingLines: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                supplierId?: string;
                buyerId?: string;
                /** @description Expected on or after this date */
                from?: string;
                /** @description Expected on or before this date */
                to?: string;
                /** @description late: the expected date passed, not all received; at_risk: promised later than needed, expected later than promised, or not acknowledged in time; not_acknowledged: sent, no answer yet; on_track */
                state?: "late" | "at_risk" | "not_acknowledged" | "on_track";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TrackingLine"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrackingCounts: {
        parameters: {
            query?: {
                supplierId?: string;
                buyerId?: string;
                /** @description Expected on or after this date */
                from?: string;
                /** @description Expected on or before this date */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingCounts"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReceipts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                purchaseOrderId?: string;
                kind?: "receipt" | "reversal";
                /** @description Only receipts with a line awaiting inspection */
                pendingInspection?: "true" | "false";
                /** @description Only receipts with goods rejected at inspection and not yet returned */
                awaitingReturn?: "true" | "false";
                /** @description Received on or after */
                from?: string;
                /** @description Received on or before */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Receipt"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReceipts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "purchaseOrderId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "shipNoticeId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "receivedOn": "2026-03-14",
                 *       "deliveryNote": "text",
                 *       "storageLocation": "text",
                 *       "note": "text",
                 *       "lines": [
                 *         {
                 *           "lineNo": 1
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    purchaseOrderId: string;
                    /** @description The ship notice the goods came with (one of the order’s) */
                    shipNoticeId?: string | null;
                    /** @description Today when left out; never in the future */
                    receivedOn?: string | null;
                    /** @description The delivery note's number */
                    deliveryNote?: string | null;
                    storageLocation?: string | null;
                    note?: string | null;
                    lines: {
                        lineNo: number;
                        /** @description What arrived; a service line may give amount or percentComplete instead */
                        quantity?: string | null;
                        /** @description Service lines: the amount (net, in the order’s currency) delivered now; it comes to quantity at the line’s net unit price */
                        amount?: string | null;
                        /** @description Service lines: how far the whole line is complete now, in %; what it adds to what was confirmed is received */
                        percentComplete?: string | null;
                        /** @description The quantity's unit when not the order line's; it must convert to it */
                        unitCode?: string | null;
                        lotNumber?: string | null;
                        serialNumbers?: string[] | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExpectedDeliveries: {
        parameters: {
            query: {
                /** @description An order number, supplier or item, or a ship notice’s number, tracking number or delivery-note number */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ExpectedDelivery"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReceiptsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReceiptsByIdUbl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/xml */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReceiptsByIdReverse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "text",
                 *       "lines": [
                 *         {
                 *           "lineNo": 1,
                 *           "quantity": "10.00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    reason: string;
                    /** @description What to take back; left out: everything the receipt still holds that can be */
                    lines?: {
                        lineNo: number;
                        quantity: string;
                    }[] | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReceiptsByIdInspection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lines": [
                 *         {
                 *           "lineNo": 1,
                 *           "quantityAccepted": "10.00",
                 *           "quantityRejected": "10.00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    lines: {
                        lineNo: number;
                        quantityAccepted: string;
                        quantityRejected: string;
                        rejectionReason?: ("damaged" | "wrong_item" | "out_of_specification" | "expired" | "short_shipped" | "other") | null;
                        rejectionNote?: string | null;
                        note?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInspectionsPending: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PendingInspection"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReturns: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                purchaseOrderId?: string;
                receiptId?: string;
                supplierId?: string;
                /** @description replacement: the goods are to come again by replacementExpectedOn (the quantity stays open); credit: the supplier credits them (no longer expected) */
                remedy?: "replacement" | "credit";
                /** @description Recorded on or after */
                from?: string;
                /** @description Recorded on or before */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SupplierReturn"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReturns: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "receiptId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "remedy": "replacement",
                 *       "replacementExpectedOn": "2026-03-14",
                 *       "note": "text",
                 *       "lines": [
                 *         {
                 *           "lineNo": 1,
                 *           "quantity": "10.00"
                 *         }
                 *       ],
                 *       "attachmentIds": [
                 *         "0190b9a0-0000-7000-8000-000000000001"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The goods receipt whose rejected goods go back
                     */
                    receiptId: string;
                    /**
                     * @description replacement: the goods are to come again by replacementExpectedOn (the quantity stays open); credit: the supplier credits them (no longer expected)
                     * @enum {string}
                     */
                    remedy: "replacement" | "credit";
                    /** @description Required for a replacement (today or later); not for a credit */
                    replacementExpectedOn?: string | null;
                    /** @description What the supplier is told beyond the reasons (carrier, return authorisation) */
                    note?: string | null;
                    /** @description What goes back; left out: everything rejected on the receipt and not yet returned */
                    lines?: {
                        lineNo: number;
                        quantity: string;
                    }[] | null;
                    /** @description Files of the receipt (inspection photos, test reports) to send with the return: the supplier sees them in the portal */
                    attachmentIds?: string[] | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierReturn"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReturnsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierReturn"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortalReturns: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                purchaseOrderId?: string;
                /** @description replacement: the goods are to come again by replacementExpectedOn (the quantity stays open); credit: the supplier credits them (no longer expected) */
                remedy?: "replacement" | "credit";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SupplierReturn"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortalReturnsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierReturn"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvoices: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description Part of our number (INV-…) or of the supplier’s invoice number */
                q?: string;
                /** @description One status or several, comma-separated */
                status?: string;
                supplierId?: string;
                purchaseOrderId?: string;
                /** @description Due on or before this date */
                dueBefore?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Invoice"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoices: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "invoice",
                 *       "purchaseOrderId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "supplierInvoiceNumber": "text",
                 *       "issueDate": "2026-03-14",
                 *       "taxPointDate": "2026-03-14",
                 *       "receivedOn": "2026-03-14",
                 *       "currency": "USD",
                 *       "lines": [
                 *         {
                 *           "quantity": "10.00",
                 *           "unitPrice": "10.00"
                 *         }
                 *       ],
                 *       "allowancesCharges": [
                 *         {
                 *           "charge": true,
                 *           "amount": "10.00"
                 *         }
                 *       ],
                 *       "prepaidAmount": "10.00",
                 *       "roundingAmount": "10.00",
                 *       "totals": {},
                 *       "paymentTerms": {
                 *         "netDays": 1,
                 *         "basis": "invoice_date",
                 *         "discountPercent": "10.00",
                 *         "discountDays": 1
                 *       },
                 *       "bankAccount": {},
                 *       "note": "text",
                 *       "creditsInvoiceId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "submit": true
                 *     }
                 */
                "application/json": {
                    /** @description invoice (default) or credit_note */
                    kind?: ("invoice" | "credit_note") | null;
                    /** Format: uuid */
                    purchaseOrderId: string;
                    supplierInvoiceNumber: string;
                    /** Format: date */
                    issueDate: string;
                    taxPointDate?: string | null;
                    /** @description When accounts payable received it; today when left out */
                    receivedOn?: string | null;
                    /** @description Must be the order’s (the default) */
                    currency?: string | null;
                    lines: {
                        /** @description The order line billed; left out: not on the order (an exception) */
                        orderLineNo?: number | null;
                        supplierLineId?: string | null;
                        /** @description Default: the order line’s */
                        description?: string | null;
                        /** @description In an invoice negative gives back; in a credit note, what it credits (positive) */
                        quantity: string;
                        /** @description Default: the order line’s; another must convert */
                        unitCode?: string | null;
                        /** @description Net price per baseQuantity units */
                        unitPrice: string;
                        baseQuantity?: string | null;
                        allowancesCharges?: components["schemas"]["AllowanceChargeInput"][] | null;
                        taxCategory?: string | null;
                        taxRate?: string | null;
                        /** @description What the supplier states the line comes to: checked to the cent */
                        netAmount?: string | null;
                    }[];
                    allowancesCharges?: components["schemas"]["AllowanceChargeInput"][] | null;
                    prepaidAmount?: string | null;
                    roundingAmount?: string | null;
                    /** @description The totals as the supplier states them: each given is checked against the lines, to the cent */
                    totals?: {
                        lineExtensionAmount?: string | null;
                        allowanceTotal?: string | null;
                        chargeTotal?: string | null;
                        taxExclusiveAmount?: string | null;
                        taxAmount?: string | null;
                        taxInclusiveAmount?: string | null;
                        payableAmount?: string | null;
                        taxSubtotals?: {
                            taxCategory: string;
                            taxRate: string;
                            taxableAmount: string;
                            taxAmount: string;
                        }[] | null;
                    } | null;
                    /** @description Default: the order’s terms */
                    paymentTerms?: components["schemas"]["PaymentTermsInput"] | null;
                    bankAccount?: components["schemas"]["BankAccountInput"] | null;
                    note?: string | null;
                    creditsInvoiceId?: string | null;
                    /** @description Match at once (default); false keeps a draft */
                    submit?: boolean | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoicesImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example text */
                "application/xml": Blob;
                /** @example text */
                "text/xml": Blob;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoicesImportCsv: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example text */
                "text/csv": Blob;
                /** @example text */
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceCsvImportResult"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvoicesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchInvoicesById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields given replace the draft’s (null clears an optional one); `lines`, when given, is the complete new set. `totals` given is checked as at creation; left out, the stated figures are kept unless the amounts change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "supplierInvoiceNumber": "text",
                 *       "issueDate": "2026-03-14",
                 *       "taxPointDate": "2026-03-14",
                 *       "receivedOn": "2026-03-14",
                 *       "currency": "USD",
                 *       "lines": [
                 *         {
                 *           "quantity": "10.00",
                 *           "unitPrice": "10.00"
                 *         }
                 *       ],
                 *       "allowancesCharges": [
                 *         {
                 *           "charge": true,
                 *           "amount": "10.00"
                 *         }
                 *       ],
                 *       "prepaidAmount": "10.00",
                 *       "roundingAmount": "10.00",
                 *       "totals": {},
                 *       "paymentTerms": {
                 *         "netDays": 1,
                 *         "basis": "invoice_date",
                 *         "discountPercent": "10.00",
                 *         "discountDays": 1
                 *       },
                 *       "bankAccount": {},
                 *       "note": "text",
                 *       "creditsInvoiceId": "0190b9a0-0000-7000-8000-000000000001"
                 *     }
                 */
                "application/json": {
                    supplierInvoiceNumber?: string;
                    /** Format: date */
                    issueDate?: string;
                    taxPointDate?: string | null;
                    /** @description When accounts payable received it; today when left out */
                    receivedOn?: string | null;
                    /** @description Must be the order’s (the default) */
                    currency?: string | null;
                    lines?: {
                        /** @description The order line billed; left out: not on the order (an exception) */
                        orderLineNo?: number | null;
                        supplierLineId?: string | null;
                        /** @description Default: the order line’s */
                        description?: string | null;
                        /** @description In an invoice negative gives back; in a credit note, what it credits (positive) */
                        quantity: string;
                        /** @description Default: the order line’s; another must convert */
                        unitCode?: string | null;
                        /** @description Net price per baseQuantity units */
                        unitPrice: string;
                        baseQuantity?: string | null;
                        allowancesCharges?: components["schemas"]["AllowanceChargeInput"][] | null;
                        taxCategory?: string | null;
                        taxRate?: string | null;
                        /** @description What the supplier states the line comes to: checked to the cent */
                        netAmount?: string | null;
                    }[];
                    allowancesCharges?: components["schemas"]["AllowanceChargeInput"][] | null;
                    prepaidAmount?: string | null;
                    roundingAmount?: string | null;
                    /** @description The totals as the supplier states them: each given is checked against the lines, to the cent */
                    totals?: {
                        lineExtensionAmount?: string | null;
                        allowanceTotal?: string | null;
                        chargeTotal?: string | null;
                        taxExclusiveAmount?: string | null;
                        taxAmount?: string | null;
                        taxInclusiveAmount?: string | null;
                        payableAmount?: string | null;
                        taxSubtotals?: {
                            taxCategory: string;
                            taxRate: string;
                            taxableAmount: string;
                            taxAmount: string;
                        }[] | null;
                    } | null;
                    /** @description Default: the order’s terms */
                    paymentTerms?: components["schemas"]["PaymentTermsInput"] | null;
                    bankAccount?: components["schemas"]["BankAccountInput"] | null;
                    note?: string | null;
                    creditsInvoiceId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersByIdInvoiceable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceableOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvoicesByIdApprovalRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRoute"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoicesByIdSubmit: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Required to hold, reject, cancel, accept and reject-variance; a comment on approve-variance */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoicesByIdRematch: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Required to hold, reject, cancel, accept and reject-variance; a comment on approve-variance */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoicesByIdAccept: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Required to hold, reject, cancel, accept and reject-variance; a comment on approve-variance */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoicesByIdApproveVariance: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Required to hold, reject, cancel, accept and reject-variance; a comment on approve-variance */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoicesByIdRejectVariance: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Required to hold, reject, cancel, accept and reject-variance; a comment on approve-variance */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoicesByIdRequestCreditNote: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Required to hold, reject, cancel, accept and reject-variance; a comment on approve-variance */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoicesByIdApprove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Required to hold, reject, cancel, accept and reject-variance; a comment on approve-variance */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoicesByIdHold: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Required to hold, reject, cancel, accept and reject-variance; a comment on approve-variance */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoicesByIdRelease: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Required to hold, reject, cancel, accept and reject-variance; a comment on approve-variance */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoicesByIdReject: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Required to hold, reject, cancel, accept and reject-variance; a comment on approve-variance */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoicesByIdCancel: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Required to hold, reject, cancel, accept and reject-variance; a comment on approve-variance */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPaymentRuns: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description One status or several, comma-separated */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PaymentRunSummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPaymentRuns: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /**
                     * Format: date
                     * @description The day the bank is to pay (default today; not in the past)
                     */
                    paymentDate?: string;
                    /**
                     * Format: date
                     * @description Invoices due on or before this date (default the payment date)
                     */
                    dueBy?: string;
                    /**
                     * Format: date
                     * @description When the next run is expected (default a week after the payment date): invoices whose discount expires before it are proposed now
                     */
                    nextRunDate?: string;
                    /** @description Only invoices in this currency */
                    currency?: string | null;
                    /** @description Only this supplier’s invoices */
                    supplierId?: string | null;
                    note?: string | null;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRun"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPaymentRunsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRun"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchPaymentRunsById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lines": [
                 *         {
                 *           "lineNo": 1
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    lines: {
                        lineNo: number;
                        /** @description Pay this much of the invoice (a partial payment drops the discount) */
                        amount?: string;
                        /** @description Take the line out of the run */
                        remove?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRun"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPaymentRunsByIdConfirm: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Required to cancel a confirmed run */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRun"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPaymentRunsByIdMarkPaid: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Required to cancel a confirmed run */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRun"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPaymentRunsByIdCancel: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Required to cancel a confirmed run */
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRun"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPaymentRunsByIdStatusReport: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example text */
                "application/xml": Blob;
                /** @example text */
                "text/xml": Blob;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentStatusReportResult"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPayments: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                supplierId?: string;
                /** @description One status or several, comma-separated */
                status?: string;
                currency?: string;
                /** @description Payment date on or after this day */
                paymentDateFrom?: string;
                /** @description Payment date on or before this day */
                paymentDateTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PaymentListItem"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvoicesByIdPayments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["InvoicePayment"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPaymentRunsByIdPain001: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/xml */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "getPaymentRunsByIdBankTransfers.csv": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSuppliersByIdPortalUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SupplierUser"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSuppliersByIdPortalUsers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "text",
                 *       "email": "buyer@example.com"
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierUser"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersByIdSupplierResponses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SupplierResponse"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdSupplierResponseAccept: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "responseId": "0190b9a0-0000-7000-8000-000000000001"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The answer decided on: 409 when the supplier has sent a newer one
                     */
                    responseId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdSupplierResponseDecline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "responseId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "message": "text"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The answer decided on: 409 when the supplier has sent a newer one
                     */
                    responseId: string;
                    message: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierResponse"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersByIdSupplierResponsesByResponseIdUbl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                responseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/xml */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortalOrdersByIdAnswersByResponseIdUbl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                responseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/xml */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthInvitationsAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "text",
                 *       "password": "text"
                 *     }
                 */
                "application/json": {
                    /** @description The token of the invitation link (after `#`) */
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortalOrders: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description to_answer: sent, awaiting the answer, or being changed by the buyer (the change order follows); to_ship: acknowledged, not all shipped; shipped: every line shipped, not all received; done: received, closed or cancelled */
                tab?: "to_answer" | "to_ship" | "shipped" | "done";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PortalOrderSummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortalOrdersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdSupplierResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "orderRevision": 1,
                 *       "note": "text",
                 *       "lines": [
                 *         {
                 *           "lineNo": 1,
                 *           "decision": "accept"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The order revision answered; an answer to an older one is refused (409) */
                    orderRevision: number;
                    note?: string | null;
                    lines: {
                        lineNo: number;
                        /**
                         * @description accept: as ordered; change: propose another date, quantity or price; reject: with a reason
                         * @enum {string}
                         */
                        decision: "accept" | "change" | "reject";
                        promisedDate?: string | null;
                        quantity?: string | null;
                        unitPrice?: string | null;
                        reason?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierResponse"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdOrderResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example text */
                "application/xml": Blob;
                /** @example text */
                "text/xml": Blob;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierResponse"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortalInvoices: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description received: with accounts payable, not checked yet; being_checked: checked against the order and the goods; query_raised: something differs from the order or what was received, or a credit note was asked for; approved: approved for payment; payment_scheduled: in a payment run, to be paid on `paymentDate`; paid (`paidOn`); rejected (`rejectReason`); cancelled */
                status?: "received" | "being_checked" | "query_raised" | "approved" | "payment_scheduled" | "paid" | "rejected" | "cancelled";
                /** @description Part of our number (INV-…) or of your invoice number */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PortalInvoiceSummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortalInvoicesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalInvoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortalOrdersByIdInvoiceable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalInvoiceable"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPortalOrdersByIdInvoices: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "supplierInvoiceNumber": "text",
                 *       "issueDate": "2026-03-14",
                 *       "taxPointDate": "2026-03-14",
                 *       "lines": [
                 *         {
                 *           "orderLineNo": 1,
                 *           "quantity": "10.00",
                 *           "unitPrice": "10.00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PortalInvoiceRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalInvoice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApprovalPolicies: {
        parameters: {
            query?: {
                documentType?: "requisition" | "purchase_order" | "purchase_order_revision" | "invoice_variance";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApprovalPolicy"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApprovalPolicies: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "documentType": "requisition",
                 *       "name": "text",
                 *       "enabled": true,
                 *       "steps": [
                 *         {
                 *           "level": 1,
                 *           "name": "text",
                 *           "condition": {
                 *             "amountAtLeast": "10.00"
                 *           },
                 *           "approvers": {}
                 *         }
                 *       ],
                 *       "reapproveWhenTotalRises": {
                 *         "percent": "10",
                 *         "amount": "1000"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    documentType: "requisition" | "purchase_order" | "purchase_order_revision" | "invoice_variance";
                    name: string;
                    /** @default true */
                    enabled?: boolean;
                    steps: {
                        level: number;
                        name: string;
                        condition: components["schemas"]["ApprovalConditionInput"];
                        approvers: components["schemas"]["ApprovalApproversInput"];
                        /**
                         * @default any
                         * @enum {string}
                         */
                        mode?: "any" | "all";
                        /** @default null */
                        reminderHours?: number | null;
                        /** @default null */
                        escalationHours?: number | null;
                        /** @default null */
                        fallbackUserId?: string | null;
                    }[];
                    /**
                     * @default {
                     *       "percent": "10",
                     *       "amount": "1000"
                     *     }
                     */
                    reapproveWhenTotalRises?: {
                        percent: string | null;
                        amount: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPolicy"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApprovalPoliciesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPolicy"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchApprovalPoliciesById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "text",
                 *       "enabled": true,
                 *       "steps": [
                 *         {
                 *           "level": 1,
                 *           "name": "text",
                 *           "condition": {
                 *             "amountAtLeast": "10.00"
                 *           },
                 *           "approvers": {}
                 *         }
                 *       ],
                 *       "reapproveWhenTotalRises": {
                 *         "percent": "10.00",
                 *         "amount": "10.00"
                 *       }
                 *     }
                 */
                "application/json": {
                    name?: string;
                    enabled?: boolean;
                    steps?: {
                        level: number;
                        name: string;
                        condition: components["schemas"]["ApprovalConditionInput"];
                        approvers: components["schemas"]["ApprovalApproversInput"];
                        /**
                         * @default any
                         * @enum {string}
                         */
                        mode?: "any" | "all";
                        /** @default null */
                        reminderHours?: number | null;
                        /** @default null */
                        escalationHours?: number | null;
                        /** @default null */
                        fallbackUserId?: string | null;
                    }[];
                    reapproveWhenTotalRises?: {
                        percent: string | null;
                        amount: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPolicy"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDelegations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Delegation"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDelegations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "delegateUserId": "0190b9a0-0000-7000-8000-000000000001",
                 *       "validFrom": "2026-03-14T09:30:00Z",
                 *       "validTo": "2026-03-14T09:30:00Z",
                 *       "reason": "text"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    delegateUserId: string;
                    /** Format: date-time */
                    validFrom?: string;
                    /** Format: date-time */
                    validTo: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delegation"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDelegationsCandidates: {
        parameters: {
            query?: {
                /** @description Part of the name or e-mail */
                q?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DelegateCandidate"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDelegationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApprovalsInbox: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApprovalInboxItem"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApprovalsBulkApprove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "documentType": "purchase_order",
                 *           "id": "0190b9a0-0000-7000-8000-000000000001",
                 *           "version": 1
                 *         }
                 *       ],
                 *       "comment": "text"
                 *     }
                 */
                "application/json": {
                    items: {
                        /** @enum {string} */
                        documentType: "purchase_order" | "requisition" | "invoice_variance";
                        /** Format: uuid */
                        id: string;
                        version: number;
                    }[];
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            /** @enum {string} */
                            documentType: "purchase_order" | "requisition" | "invoice_variance";
                            /** Format: uuid */
                            id: string;
                            ok: boolean;
                            status?: string;
                            version?: number;
                            httpStatus?: number;
                            detail?: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotifications: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Notification"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationsUnreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unread: number;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postNotificationsReadAll: {
        parameters: {
            query?: {
                documentType?: "purchase_order" | "requisition";
                documentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        marked: number;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postNotificationsByIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOutbox: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "queued" | "sent" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EmailMessage"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOutboxById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageDetail"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Home"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsSpendBySupplier: {
        parameters: {
            query: {
                limit?: number;
                cursor?: string;
                year: number;
                supplierId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpendReport"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReportsSpendSummaryVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpendSummaryReport"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsGrni: {
        parameters: {
            query: {
                /** @description The day (UTC) at whose end the figures are taken, YYYY-MM-DD */
                asOf: string;
                supplierId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrniReport"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsApAging: {
        parameters: {
            query: {
                /** @description The day (UTC) at whose end the figures are taken, YYYY-MM-DD */
                asOf: string;
                supplierId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgingReport"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsPaymentDiscounts: {
        parameters: {
            query: {
                /** @description First discount date of the period, YYYY-MM-DD */
                from: string;
                /** @description Last discount date of the period, YYYY-MM-DD */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscountReport"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsExchangeDifferences: {
        parameters: {
            query: {
                /** @description First day of the period (invoice issue dates, payment dates), YYYY-MM-DD */
                from: string;
                /** @description Last day of the period, YYYY-MM-DD */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeDifferencesReport"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersByIdGoodsReceivedNotInvoiced: {
        parameters: {
            query?: {
                /** @description The day (UTC) at whose end the figures are taken; today by default */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderGrni"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSuppliersByIdScorecard: {
        parameters: {
            query?: {
                /** @description `12m`: the last 12 months, this one included (default); `2026-11`: a month; `2026-Q4`: a quarter. Orders count in the month they were first sent. */
                period?: string;
                /** @description Only the lines (and orders) of this item category */
                categoryId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scorecard"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSuppliersByIdScorecardDrillDown: {
        parameters: {
            query: {
                limit?: number;
                cursor?: string;
                /** @description `12m`: the last 12 months, this one included (default); `2026-11`: a month; `2026-Q4`: a quarter. Orders count in the month they were first sent. */
                period?: string;
                categoryId?: string;
                measure: "onTime" | "inFull" | "quality" | "price" | "invoiceAccuracy" | "responsiveness" | "satisfaction" | "otif" | "returns";
                /** @description Only what counted against the supplier, only what counted for it, or both (failures first) */
                outcome?: "failed" | "passed" | "all";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreDrillDown"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScorecards: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description `12m`: the last 12 months, this one included (default); `2026-11`: a month; `2026-Q4`: a quarter. Orders count in the month they were first sent. */
                period?: string;
                categoryId?: string;
                /** @description Highest first for scores and measures (suppliers without data last), A–Z for name */
                sort?: "score" | "name" | "onTime" | "inFull" | "quality" | "price" | "invoiceAccuracy" | "responsiveness" | "satisfaction" | "otif" | "orders";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScorecardList"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScorecardSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScorecardSettings"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putScorecardSettings: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "graceDays": 1,
                 *       "responseDays": 1,
                 *       "minimumOrders": 1,
                 *       "weights": {
                 *         "onTime": 1,
                 *         "inFull": 1,
                 *         "quality": 1,
                 *         "price": 1,
                 *         "invoiceAccuracy": 1,
                 *         "responsiveness": 1,
                 *         "satisfaction": 1
                 *       },
                 *       "gradeBands": {
                 *         "A": 1,
                 *         "B": 1,
                 *         "C": 1
                 *       },
                 *       "warnBelowGrade": "A",
                 *       "rankingPriceWeight": 1
                 *     }
                 */
                "application/json": {
                    graceDays: number;
                    responseDays: number;
                    minimumOrders: number;
                    weights: {
                        onTime: number;
                        inFull: number;
                        quality: number;
                        price: number;
                        invoiceAccuracy: number;
                        responsiveness: number;
                        satisfaction: number;
                    };
                    gradeBands: {
                        A: number;
                        B: number;
                        C: number;
                    };
                    /** @enum {string} */
                    warnBelowGrade: "A" | "B" | "C" | "D";
                    rankingPriceWeight: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScorecardSettings"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItemsByIdSupplierRanking: {
        parameters: {
            query?: {
                /** @description In the item’s unit; 1 if not given */
                quantity?: string;
                /** @description The day prices must be valid on; today if not given */
                date?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierRanking"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSupplierGrades: {
        parameters: {
            query: {
                /** @description Supplier ids, comma-separated (at most 200) */
                ids: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierGrades"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSuppliersByIdScorecardHold: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "text",
                 *       "period": "12m"
                 *     }
                 */
                "application/json": {
                    reason: string;
                    /**
                     * @description `12m`: the last 12 months, this one included (default); `2026-11`: a month; `2026-Q4`: a quarter. Orders count in the month they were first sent.
                     * @default 12m
                     */
                    period?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Supplier"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersByIdRatings: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderRatings"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdRatings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "delivery": 1,
                 *       "quality": 1,
                 *       "service": 1,
                 *       "comment": "text",
                 *       "shared": false,
                 *       "lineNo": 1
                 *     }
                 */
                "application/json": components["schemas"]["NewOrderRatingInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderRating"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhooksEventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: string[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookEndpoint"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID) that makes a retried create safe: the same key answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "text",
                 *       "description": "text",
                 *       "eventTypes": [
                 *         "text"
                 *       ]
                 *     }
                 */
                "application/json": {
                    url: string;
                    description?: string;
                    eventTypes: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    /** @description Where the created resource is */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchWebhooksById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "text",
                 *       "description": "text",
                 *       "eventTypes": [
                 *         "text"
                 *       ],
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    url?: string;
                    description?: string;
                    eventTypes?: string[];
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postWebhooksByIdRotateSecret: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "overlapHours": 1
                 *     }
                 */
                "application/json": {
                    /** @description How long the previous secret keeps signing (default 24) */
                    overlapHours?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the resource answered, e.g. "v3": send it as If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postWebhooksByIdPing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        eventType: "webhook.ping";
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhooksByIdDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDelivery"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postWebhooksByIdDeliveriesByDeliveryIdRedeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRequisitionsByIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Attachment"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRequisitionsByIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "text"
                 *     }
                 */
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRequisitionsByIdComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Comment"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRequisitionsByIdComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "text",
                 *       "mentionedUserIds": []
                 *     }
                 */
                "application/json": {
                    body: string;
                    /** @default [] */
                    mentionedUserIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersByIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Attachment"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "text"
                 *     }
                 */
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersByIdComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Comment"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPurchaseOrdersByIdComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "text",
                 *       "mentionedUserIds": []
                 *     }
                 */
                "application/json": {
                    body: string;
                    /** @default [] */
                    mentionedUserIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReceiptsByIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Attachment"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReceiptsByIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "text"
                 *     }
                 */
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReceiptsByIdComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Comment"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReceiptsByIdComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "text",
                 *       "mentionedUserIds": []
                 *     }
                 */
                "application/json": {
                    body: string;
                    /** @default [] */
                    mentionedUserIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReturnsByIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Attachment"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReturnsByIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "text"
                 *     }
                 */
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvoicesByIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Attachment"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoicesByIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "text"
                 *     }
                 */
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvoicesByIdComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Comment"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInvoicesByIdComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "text",
                 *       "mentionedUserIds": []
                 *     }
                 */
                "application/json": {
                    body: string;
                    /** @default [] */
                    mentionedUserIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortalReturnsByIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Attachment"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAttachmentsByIdContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/octet-stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortalAttachmentsByIdContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/octet-stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAttachmentsById: {
        parameters: {
            query?: {
                reason?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeople: {
        parameters: {
            query?: {
                q?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrackingLinesExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                supplierId?: string;
                buyerId?: string;
                /** @description Expected on or after this date */
                from?: string;
                /** @description Expected on or before this date */
                to?: string;
                /** @description late: the expected date passed, not all received; at_risk: promised later than needed, expected later than promised, or not acknowledged in time; not_acknowledged: sent, no answer yet; on_track */
                state?: "late" | "at_risk" | "not_acknowledged" | "on_track";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrdersExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                q?: string;
                status?: "draft" | "pending_approval" | "approved" | "sent" | "acknowledged" | "partially_received" | "received" | "closed" | "cancelled" | "on_hold";
                supplierId?: string;
                buyerId?: string;
                departmentId?: string;
                orderDateFrom?: string;
                orderDateTo?: string;
                overdue?: "true" | "false";
                dueSoon?: "true" | "false";
                returned?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPaymentsExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                supplierId?: string;
                /** @description One status or several, comma-separated */
                status?: string;
                currency?: string;
                /** @description Payment date on or after this day */
                paymentDateFrom?: string;
                /** @description Payment date on or before this day */
                paymentDateTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRequisitionsExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                status?: "draft" | "submitted" | "approved" | "rejected" | "cancelled" | "partially_ordered" | "ordered" | "closed";
                requesterId?: string;
                departmentId?: string;
                /** @description true: only the caller's own requisitions */
                mine?: "true" | "false";
                /** @description true: only drafts an approver sent back (rejected, or changes requested) */
                returned?: "true" | "false";
                /** @description Searches the number, the justification and line descriptions */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                entityType?: string;
                entityId?: string;
                actorId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsersExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                q?: string;
                role?: "requester" | "buyer" | "approver" | "finance" | "compliance" | "receiver" | "inspector" | "accounts_payable" | "admin" | "auditor" | "supplier";
                active?: "true" | "false";
                departmentId?: string;
                /** @description `organisation`: the organisation's own people (who may head, approve, be mentioned); `supplier`: suppliers' portal users */
                kind?: "organisation" | "supplier";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsSpendBySupplierExport: {
        parameters: {
            query: {
                format?: "csv" | "xlsx";
                year: number;
                supplierId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsGrniExport: {
        parameters: {
            query: {
                format?: "csv" | "xlsx";
                /** @description The day (UTC) at whose end the figures are taken, YYYY-MM-DD */
                asOf: string;
                supplierId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsApAgingExport: {
        parameters: {
            query: {
                format?: "csv" | "xlsx";
                /** @description The day (UTC) at whose end the figures are taken, YYYY-MM-DD */
                asOf: string;
                supplierId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsPaymentDiscountsExport: {
        parameters: {
            query: {
                format?: "csv" | "xlsx";
                /** @description First discount date of the period, YYYY-MM-DD */
                from: string;
                /** @description Last discount date of the period, YYYY-MM-DD */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsExchangeDifferencesExport: {
        parameters: {
            query: {
                format?: "csv" | "xlsx";
                /** @description First day of the period (invoice issue dates, payment dates), YYYY-MM-DD */
                from: string;
                /** @description Last day of the period, YYYY-MM-DD */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDepartmentsExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                q?: string;
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCostCentresExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                q?: string;
                departmentId?: string;
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBudgetsExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                costCentreId?: string;
                periodType?: "month" | "year";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItemCategoriesExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                q?: string;
                active?: "true" | "false";
                parentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApprovalsInboxExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkbenchLinesExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                /** @description Lines whose suggested supplier this is */
                supplierId?: string;
                categoryId?: string;
                /** @description Needed on or after this date */
                neededByFrom?: string;
                /** @description Needed on or before this date */
                neededByTo?: string;
                /** @description Searches the requisition number, line description and SKU */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOutboxExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                status?: "queued" | "sent" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnitsExport: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEventsStream: {
        parameters: {
            query?: never;
            header?: {
                "last-event-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}

/* Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit. */
export interface paths {
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (never their secrets) */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key; the secret is returned once */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List audit events (filter by entity, actor, action, time); newest first */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with username and password
         * @description Returns a short-lived access token and a single-use refresh token. Rate-limited per client; repeated failures lock the account (429 with Retry-After).
         */
        post: operations["login"];
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
        /** Sign out: revoke the refresh token and its family */
        post: operations["logout"];
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
        /** Who am I: user or API key, role, unit scope */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new token pair
         * @description The refresh token rotates: each one works once. Presenting a spent token revokes its whole family (every session of that sign-in).
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List employees in your subtree (paged, filtered, sorted; search by name or NIP) */
        get: operations["listEmployees"];
        put?: never;
        /** Create an employee */
        post: operations["createEmployee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an employee with the NIP breakdown and retirement date */
        get: operations["getEmployee"];
        put?: never;
        post?: never;
        /** Delete an employee record */
        delete: operations["deleteEmployee"];
        options?: never;
        head?: never;
        /** Update an employee (send the version you read) */
        patch: operations["updateEmployee"];
        trace?: never;
    };
    "/api/v1/employees/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export exactly the filtered list as XLSX or CSV */
        get: operations["exportEmployees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import employees from CSV or XLSX (dry run, then all-or-nothing upsert by NIP)
         * @description With `dryRun=true` every bad row is reported (row, column, reason) and nothing is written. A real run writes every row or none (422 with the report); repeating it does not duplicate anyone.
         */
        post: operations["importEmployees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the import template (XLSX with instructions and unit codes, or CSV) */
        get: operations["getEmployeeImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Headline figures: employees by status and unit, retirements per year */
        get: operations["getEmployeeStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events for the signed-in user (ready, ping, import.completed…)
         * @description A `text/event-stream`: `ready` first, a `ping` every 25 s, then events addressed to you (e.g. `import.completed` with the counts of your import).
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/calculate/retirement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculator: retirement age (BUP) and retirement date (TMT pensiun)
         * @description PP 11/2017 art. 239: the first day of the month after the month in which the age is reached. Echoes the rule version used.
         */
        post: operations["calculateRetirement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List units (flat, paged), within your subtree */
        get: operations["listOrgUnits"];
        put?: never;
        /** Create a unit under a parent in your subtree */
        post: operations["createOrgUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a unit */
        get: operations["getOrgUnit"];
        put?: never;
        post?: never;
        /** Delete an empty unit */
        delete: operations["deleteOrgUnit"];
        options?: never;
        head?: never;
        /** Update or move a unit */
        patch: operations["updateOrgUnit"];
        trace?: never;
    };
    "/api/v1/org-units/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unit tree below your unit (or the city), with employee counts per subtree */
        get: operations["getOrgUnitTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List positions (jabatan) in your subtree */
        get: operations["listPositions"];
        put?: never;
        /** Create a position in a unit of your subtree */
        post: operations["createPosition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/positions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a position */
        get: operations["getPosition"];
        put?: never;
        post?: never;
        /** Delete a position nobody holds */
        delete: operations["deletePosition"];
        options?: never;
        head?: never;
        /** Update a position (its holders’ retirement dates follow) */
        patch: operations["updatePosition"];
        trace?: never;
    };
    "/api/v1/reference-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List reference rules (dated, with legal basis) */
        get: operations["listReferenceRules"];
        put?: never;
        /** Add a reference rule version (e.g. a new decree from a date) */
        post: operations["createReferenceRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a reference rule version */
        get: operations["getReferenceRule"];
        put?: never;
        post?: never;
        /** Delete a reference rule version */
        delete: operations["deleteReferenceRule"];
        options?: never;
        head?: never;
        /** Correct a reference rule version */
        patch: operations["updateReferenceRule"];
        trace?: never;
    };
    "/api/v1/reference/nik/{nik}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Break a NIK (national ID) down into region, gender and birth date parts */
        get: operations["parseNik"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/nip/{nip}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Break a NIP down into birth date, appointment month, gender and sequence
         * @description 422 with the reason when the NIP is not valid.
         */
        get: operations["parseNip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-drivers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List service drivers (population, pupils, classes, visits…) in your subtree */
        get: operations["listServiceDrivers"];
        put?: never;
        /** Record a service driver value for a unit and year */
        post: operations["createServiceDriver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-drivers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a service driver */
        get: operations["getServiceDriver"];
        put?: never;
        post?: never;
        /** Delete a service driver value */
        delete: operations["deleteServiceDriver"];
        options?: never;
        head?: never;
        /** Update a service driver value */
        patch: operations["updateServiceDriver"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List user accounts */
        get: operations["listUsers"];
        put?: never;
        /** Create a user account */
        post: operations["createUser"];
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
        /** Get a user account */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a user account (role, unit, active, password) */
        patch: operations["updateUser"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        ActiveFilter: "true" | "false" | "all";
        /** @enum {string} */
        ActorType: "user" | "api_key" | "system";
        ApiKeyDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /**
             * @description First characters of the key, to recognise it
             * @example asnk_Ab3d
             */
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
            scopes: components["schemas"]["ApiKeyScope"][];
            /** Format: uuid */
            unitId: string | null;
        };
        ApiKeyPage: {
            items: components["schemas"]["ApiKeyDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        ApiKeyScope: "org:read" | "positions:read" | "employees:read" | "employees:write" | "reference:read" | "needs:read" | "competency:read" | "recruitment:read" | "performance:read" | "audit:read";
        AuditEventDto: {
            action: string;
            actorId: string | null;
            actorName: string | null;
            actorType: components["schemas"]["ActorType"];
            /** @description The record after the change */
            after: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            at: string;
            /** @description The record before the change */
            before: {
                [key: string]: unknown;
            } | null;
            correlationId: string | null;
            entity: string;
            entityId: string | null;
            /** Format: uuid */
            id: string;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEventDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        CountByKeyDto: {
            count: number;
            key: string;
            label: string;
        };
        CreateApiKeyDto: {
            /** @example SIMPEG BKN sync */
            name: string;
            /**
             * @example [
             *       "employees:read"
             *     ]
             */
            scopes: components["schemas"]["ApiKeyScope"][];
            /**
             * Format: uuid
             * @description Restrict the key to this unit and its subtree
             */
            unitId?: string | null;
        };
        CreatedApiKeyDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /**
             * @description First characters of the key, to recognise it
             * @example asnk_Ab3d
             */
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
            scopes: components["schemas"]["ApiKeyScope"][];
            /** @description The secret, shown only this once: send it as `X-API-Key` */
            secret: string;
            /** Format: uuid */
            unitId: string | null;
        };
        CreateEmployeeDto: {
            /** @default true */
            active: boolean;
            /** @example 2015-03-01 */
            appointmentDate?: string | null;
            /** @example 1990-01-15 */
            birthDate: string;
            education?: string | null;
            gender: components["schemas"]["Gender"];
            /** @example Dewi Lestari, S.Kep. */
            name: string;
            /**
             * @description 18 digits; must agree with birthDate and gender
             * @example 199001152015032002
             */
            nip: string;
            /**
             * Format: uuid
             * @description A position of that unit
             */
            positionId?: string | null;
            /** @enum {string|null} */
            rank?: "I/a" | "I/b" | "I/c" | "I/d" | "II/a" | "II/b" | "II/c" | "II/d" | "III/a" | "III/b" | "III/c" | "III/d" | "IV/a" | "IV/b" | "IV/c" | "IV/d" | "IV/e" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X" | "XI" | "XII" | "XIII" | "XIV" | "XV" | "XVI" | "XVII" | null;
            status: components["schemas"]["EmployeeStatus"];
            /**
             * Format: uuid
             * @description A unit in your subtree
             */
            unitId: string;
        };
        CreateOrgUnitDto: {
            /** @example PKM-BARU */
            code: string;
            kind: components["schemas"]["UnitKind"];
            /** @example Puskesmas Baru */
            name: string;
            /**
             * Format: uuid
             * @description The parent unit (inside your scope)
             */
            parentId: string;
            /** @example 33.74.10 */
            regionCode?: string | null;
            sector: components["schemas"]["Sector"];
        };
        CreatePositionDto: {
            class?: number | null;
            educationRequired?: string | null;
            /** @enum {string|null} */
            functionalLevel?: "pemula" | "terampil" | "mahir" | "penyelia" | "ahli_pertama" | "ahli_muda" | "ahli_madya" | "ahli_utama" | null;
            /** @default false */
            isTeacher: boolean;
            kind: components["schemas"]["PositionKind"];
            /** @default workload */
            needsMethod: components["schemas"]["NeedsMethod"];
            retirementAgeOverride?: number | null;
            /** @example Perawat Ahli Pertama */
            title: string;
            /** Format: uuid */
            unitId: string;
        };
        CreateReferenceRuleDto: {
            description?: string | null;
            /** @example 2027-01-01 */
            effectiveFrom: string;
            effectiveTo?: string | null;
            /**
             * @description dotted lower-case key
             * @example abk.effective_minutes_per_year
             */
            key: string;
            /** @example PermenPAN-RB No. 1 Tahun 2020 */
            legalBasis: string;
            /** @description The rule value (JSON object) */
            value: {
                [key: string]: unknown;
            };
        };
        CreateServiceDriverDto: {
            /**
             * @default 0
             * @example 0.004
             */
            growthRate: number;
            /**
             * @description population, pupils, classes, visits, road_km…
             * @example population
             */
            key: string;
            source?: string | null;
            /** Format: uuid */
            unitId: string;
            /** @example 55064 */
            value: number;
            /** @example 2025 */
            year: number;
        };
        CreateUserDto: {
            /** @example Operator DPU */
            displayName: string;
            /**
             * Format: uuid
             * @description The employee this account belongs to; required for employee
             */
            employeeId?: string | null;
            /** Format: password */
            password: string;
            role: components["schemas"]["UserRole"];
            /**
             * Format: uuid
             * @description Scope to this unit and its subtree; required for operator and leader
             */
            unitId?: string | null;
            /**
             * @description Letters, digits, dot, dash, underscore
             * @example operator.dispu
             */
            username: string;
        };
        EmployeeDetailDto: {
            active: boolean;
            /** @example 1988-03-01 */
            appointmentDate: string | null;
            /** @example 1966-08-01 */
            birthDate: string;
            /** @example S1 Keperawatan */
            education: string | null;
            gender: components["schemas"]["Gender"];
            /** Format: uuid */
            id: string;
            /** @example Sri Wahyuni, S.Kep. */
            name: string;
            /** @example 196608011988031001 */
            nip: string;
            /** @description The NIP broken down (null when it does not parse) */
            nipInfo: components["schemas"]["NipInfoDto"] | null;
            /** Format: uuid */
            positionId: string | null;
            positionTitle: string | null;
            /**
             * @description Golongan (PNS I/a–IV/e, PPPK I–XVII)
             * @example III/a
             */
            rank: string | null;
            /** @example 58 */
            retirementAge: number | null;
            /**
             * @description Derived: TMT pensiun by the retirement rule
             * @example 2024-09-01
             */
            retirementDate: string | null;
            status: components["schemas"]["EmployeeStatus"];
            /** Format: uuid */
            unitId: string;
            unitName: string;
            unitPathNames: string | null;
            version: number;
        };
        EmployeeDto: {
            active: boolean;
            /** @example 1988-03-01 */
            appointmentDate: string | null;
            /** @example 1966-08-01 */
            birthDate: string;
            /** @example S1 Keperawatan */
            education: string | null;
            gender: components["schemas"]["Gender"];
            /** Format: uuid */
            id: string;
            /** @example Sri Wahyuni, S.Kep. */
            name: string;
            /** @example 196608011988031001 */
            nip: string;
            /** Format: uuid */
            positionId: string | null;
            positionTitle: string | null;
            /**
             * @description Golongan (PNS I/a–IV/e, PPPK I–XVII)
             * @example III/a
             */
            rank: string | null;
            /**
             * @description Derived: TMT pensiun by the retirement rule
             * @example 2024-09-01
             */
            retirementDate: string | null;
            status: components["schemas"]["EmployeeStatus"];
            /** Format: uuid */
            unitId: string;
            unitName: string;
            version: number;
        };
        EmployeePage: {
            items: components["schemas"]["EmployeeDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        EmployeeSort: "name" | "nip" | "birthDate" | "retirementDate" | "unitName" | "status" | "rank";
        EmployeeStatsDto: {
            byStatus: components["schemas"]["CountByKeyDto"][];
            /** @description Per child unit of the chosen unit (or of your scope) */
            byUnit: components["schemas"]["UnitStatusCountDto"][];
            /** @description Retirements per year over the horizon, from this year */
            retirementsByYear: components["schemas"]["RetirementYearDto"][];
            total: number;
        };
        /** @enum {string} */
        EmployeeStatus: "pns" | "cpns" | "pppk";
        /** @enum {string} */
        ExportFormat: "xlsx" | "csv";
        FieldErrorDto: {
            /** @example is_iso8601 */
            code: string;
            /** @example birthDate must be a valid ISO 8601 date string */
            message: string;
            /**
             * @description Dotted path of the field (or `row N / column` for file rows)
             * @example birthDate
             */
            path: string;
        };
        /** @enum {string} */
        FunctionalLevel: "pemula" | "terampil" | "mahir" | "penyelia" | "ahli_pertama" | "ahli_muda" | "ahli_madya" | "ahli_utama";
        /** @enum {string} */
        Gender: "L" | "P";
        HealthDto: {
            /** @description Database round trip in ms (ready only) */
            databaseMs?: number;
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok";
            /** @description Seconds since the process started */
            uptime: number;
        };
        ImportCellErrorDto: {
            /** @example invalid_date */
            code: string;
            /** @example tanggal_lahir */
            column: string;
            /** @example tanggal_lahir is not a real date (yyyy-mm-dd or dd/mm/yyyy) */
            message: string;
            /**
             * @description Row number in the file (the header is row 1)
             * @example 3
             */
            row: number;
            /** @example 1990-02-30 */
            value: string;
        };
        ImportReportDto: {
            /** @description Rows written as new employees (real run) */
            created: number;
            dryRun: boolean;
            durationMs: number;
            errorCount: number;
            /** @description Every bad cell (first 1,000) */
            errors: components["schemas"]["ImportCellErrorDto"][];
            /** @description SHA-256 of the uploaded file */
            fileHash: string;
            fileName: string;
            invalidRows: number;
            totalRows: number;
            /** @description Rows identical to what is stored (real run) */
            unchanged: number;
            /** @description Existing employees (same NIP) changed (real run) */
            updated: number;
            validRows: number;
            /** @description Dry run: rows that would be created */
            wouldCreate?: number;
            /** @description Dry run: rows that would update an existing NIP */
            wouldUpdate?: number;
        };
        LoginDto: {
            /**
             * Format: password
             * @example Semarang#2026
             */
            password: string;
            /** @example operator.dinkes */
            username: string;
        };
        MeDto: {
            displayName: string;
            /** Format: uuid */
            employeeId: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["PrincipalKind"];
            role: components["schemas"]["Role"];
            /** @description API key scopes */
            scopes: string[];
            /**
             * Format: uuid
             * @description The unit the caller is scoped to (with its subtree); null = city-wide
             */
            unitId: string | null;
            unitName: string | null;
            username: string | null;
        };
        /** @enum {string} */
        NeedsMethod: "workload" | "ratio" | "wisn" | "fixed";
        NikInfoDto: {
            /**
             * @description Day of birth (women: already minus 40)
             * @example 17
             */
            birthDay: number;
            /** @example 8 */
            birthMonth: number;
            /**
             * @description Two-digit birth year (the century is not in the NIK)
             * @example 85
             */
            birthYear2: string;
            /**
             * @description Province.regency.district
             * @example 33.74.01
             */
            districtCode: string;
            gender: components["schemas"]["Gender"];
            /** @example 33 */
            provinceCode: string;
            /**
             * @description Province.regency (Kemendagri notation)
             * @example 33.74
             */
            regencyCode: string;
            /** @example 0001 */
            sequence: string;
        };
        NipInfoDto: {
            /**
             * @description First appointment (CPNS), yyyy-mm
             * @example 1988-03
             */
            appointmentMonth: string;
            /** @example 1966-08-01 */
            birthDate: string;
            /** @enum {string|null} */
            gender: "L" | "P" | null;
            /** @example 001 */
            sequence: string;
        };
        OrgUnitDto: {
            /** @description Direct child units */
            childCount: number;
            /** @example DINKES */
            code: string;
            /** @description Depth in the tree (the city is 0) */
            depth: number;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["UnitKind"];
            /** @example Dinas Kesehatan */
            name: string;
            /** Format: uuid */
            parentId: string | null;
            /** @example 33.74.01 */
            regionCode: string | null;
            sector: components["schemas"]["Sector"];
            version: number;
        };
        OrgUnitPage: {
            items: components["schemas"]["OrgUnitDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        OrgUnitSort: "name" | "code" | "kind" | "depth";
        OrgUnitTreeNodeDto: {
            children: components["schemas"]["OrgUnitTreeNodeDto"][];
            code: string;
            /** @description Active employees in this unit and below */
            employeeCount: number;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["UnitKind"];
            name: string;
            /** Format: uuid */
            parentId: string | null;
            sector: components["schemas"]["Sector"];
        };
        PositionDto: {
            /** @description Kelas jabatan 1–17 */
            class: number | null;
            /** @example D3 Keperawatan */
            educationRequired: string | null;
            /** @description Active employees holding it */
            employeeCount: number;
            /** @enum {string|null} */
            functionalLevel: "pemula" | "terampil" | "mahir" | "penyelia" | "ahli_pertama" | "ahli_muda" | "ahli_madya" | "ahli_utama" | null;
            /** Format: uuid */
            id: string;
            isTeacher: boolean;
            kind: components["schemas"]["PositionKind"];
            needsMethod: components["schemas"]["NeedsMethod"];
            /** @description Overrides the retirement-age rule */
            retirementAgeOverride: number | null;
            /** @example Perawat Ahli Pertama */
            title: string;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            version: number;
        };
        /** @enum {string} */
        PositionKind: "jpt" | "administrator" | "pengawas" | "pelaksana" | "fungsional";
        PositionPage: {
            items: components["schemas"]["PositionDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        PositionSort: "title" | "kind" | "class" | "unitName";
        /** @enum {string} */
        PrincipalKind: "user" | "api_key";
        ProblemDto: {
            /**
             * @description Stable machine-readable error code
             * @example VALIDATION_FAILED
             */
            code: string;
            /**
             * @description The request id (x-request-id); quote it when reporting
             * @example 6f1c2d0e-…
             */
            correlationId: string;
            /** @example The request has invalid fields. */
            detail: string;
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @example /api/v1/employees */
            instance: string;
            /** @example 400 */
            status: number;
            /** @example Validation failed */
            title: string;
            /** @example https://asn-planner.semarangkota.go.id/problems/validation-failed */
            type: string;
        };
        ReferenceRuleDto: {
            /** @description In force today */
            current: boolean;
            description: string | null;
            /** @example 2020-01-01 */
            effectiveFrom: string;
            /** @example null */
            effectiveTo: string | null;
            /** Format: uuid */
            id: string;
            /** @example abk.effective_minutes_per_year */
            key: string;
            /** @example PermenPAN-RB No. 1 Tahun 2020 */
            legalBasis: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The rule (JSON) */
            value: {
                [key: string]: unknown;
            };
            version: number;
        };
        ReferenceRulePage: {
            items: components["schemas"]["ReferenceRuleDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        RefreshDto: {
            /** @description The refresh token from login or the previous refresh (single use) */
            refreshToken: string;
        };
        /** @enum {string} */
        RetirementBasis: "position_override" | "teacher" | "functional_level" | "position_kind" | "default";
        RetirementCalcDto: {
            /**
             * @description Calculate with the rule in force on this date (default today)
             * @example 2026-01-01
             */
            asOf?: string;
            /** @example 1967-03-15 */
            birthDate: string;
            functionalLevel?: components["schemas"]["FunctionalLevel"];
            /** @description Teachers (guru) retire at 60 */
            isTeacher?: boolean;
            positionKind: components["schemas"]["PositionKind"];
        };
        RetirementResultDto: {
            /**
             * @description The day the retirement age is reached
             * @example 2025-03-15
             */
            ageReachedOn: string;
            basis: components["schemas"]["RetirementBasis"];
            /** @example 58 */
            retirementAge: number;
            /**
             * @description TMT pensiun: first day of the month after the age is reached
             * @example 2025-04-01
             */
            retirementDate: string;
            rule: components["schemas"]["RuleVersionDto"];
        };
        RetirementYearDto: {
            count: number;
            /** @example 2027 */
            year: number;
        };
        /** @enum {string} */
        Role: "admin" | "planner" | "operator" | "leader" | "employee" | "panel" | "integration";
        RuleVersionDto: {
            /** @example 2017-03-30 */
            effectiveFrom: string;
            /** @example retirement.ages */
            key: string;
            legalBasis: string;
        };
        /** @enum {string} */
        Sector: "kesehatan" | "pendidikan" | "infrastruktur" | "pemerintahan" | "ekonomi" | "sosial" | "lainnya";
        ServiceDriverDto: {
            /**
             * @description Yearly growth rate for projections
             * @example 0.0042
             */
            growthRate: number;
            /** Format: uuid */
            id: string;
            /** @example population */
            key: string;
            source: string | null;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            /** @example 55064 */
            value: number;
            version: number;
            /** @example 2022 */
            year: number;
        };
        ServiceDriverPage: {
            items: components["schemas"]["ServiceDriverDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        SortOrder: "asc" | "desc";
        TokenPairDto: {
            /** @description Short-lived JWT; send as `Authorization: Bearer …` */
            accessToken: string;
            /**
             * @description Lifetime of the access token in seconds
             * @example 900
             */
            expiresIn: number;
            /** @description Single-use refresh token; reusing a spent one revokes the whole session family */
            refreshToken: string;
            /** @example Bearer */
            tokenType: string;
        };
        /** @enum {string} */
        UnitKind: "sekretariat" | "dinas" | "badan" | "inspektorat" | "rsud" | "puskesmas" | "sekolah" | "kecamatan" | "kelurahan" | "uptd" | "bagian";
        UnitStatusCountDto: {
            cpns: number;
            pns: number;
            pppk: number;
            total: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        UpdateEmployeeDto: {
            active?: boolean;
            appointmentDate?: string | null;
            birthDate?: string;
            education?: string | null;
            gender?: components["schemas"]["Gender"];
            name?: string;
            /** Format: uuid */
            positionId?: string | null;
            /** @enum {string|null} */
            rank?: "I/a" | "I/b" | "I/c" | "I/d" | "II/a" | "II/b" | "II/c" | "II/d" | "III/a" | "III/b" | "III/c" | "III/d" | "IV/a" | "IV/b" | "IV/c" | "IV/d" | "IV/e" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X" | "XI" | "XII" | "XIII" | "XIV" | "XV" | "XVI" | "XVII" | null;
            status?: components["schemas"]["EmployeeStatus"];
            /** Format: uuid */
            unitId?: string;
            /** @description The version you read; a stale one gets 409 */
            version: number;
        };
        UpdateOrgUnitDto: {
            code?: string;
            kind?: components["schemas"]["UnitKind"];
            name?: string;
            /**
             * Format: uuid
             * @description Move under another unit
             */
            parentId?: string;
            regionCode?: string | null;
            sector?: components["schemas"]["Sector"];
            /** @description The version you read; a stale one gets 409 */
            version: number;
        };
        UpdatePositionDto: {
            class?: number | null;
            educationRequired?: string | null;
            /** @enum {string|null} */
            functionalLevel?: "pemula" | "terampil" | "mahir" | "penyelia" | "ahli_pertama" | "ahli_muda" | "ahli_madya" | "ahli_utama" | null;
            isTeacher?: boolean;
            kind?: components["schemas"]["PositionKind"];
            needsMethod?: components["schemas"]["NeedsMethod"];
            retirementAgeOverride?: number | null;
            title?: string;
            /** @description The version you read; a stale one gets 409 */
            version: number;
        };
        UpdateReferenceRuleDto: {
            description?: string | null;
            effectiveTo?: string | null;
            legalBasis?: string;
            value?: {
                [key: string]: unknown;
            };
            /** @description The version you read; a stale one gets 409 */
            version: number;
        };
        UpdateServiceDriverDto: {
            growthRate?: number;
            source?: string | null;
            value?: number;
            version: number;
        };
        UpdateUserDto: {
            active?: boolean;
            displayName?: string;
            /** Format: uuid */
            employeeId?: string | null;
            /** Format: password */
            password?: string;
            role?: components["schemas"]["UserRole"];
            /** Format: uuid */
            unitId?: string | null;
            /** @description The version you read; a stale one gets 409 */
            version: number;
        };
        UserDto: {
            active: boolean;
            displayName: string;
            /** Format: uuid */
            employeeId: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastLoginAt: string | null;
            /** @description True while locked out after failed sign-ins */
            locked: boolean;
            role: components["schemas"]["UserRole"];
            /** Format: uuid */
            unitId: string | null;
            unitName: string | null;
            username: string;
            version: number;
        };
        UserPage: {
            items: components["schemas"]["UserDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        UserRole: "admin" | "planner" | "operator" | "leader" | "employee" | "panel";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Include revoked keys */
                includeRevoked?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                sortOrder?: components["schemas"]["SortOrder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: duplicate, stale version or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    revokeApiKey: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description create, update, delete, import, approve… */
                action?: string;
                /** @description User or API key id */
                actorId?: string;
                correlationId?: string;
                /** @description Entity type, e.g. `employee`, `position`, `org_unit` */
                entity?: string;
                /** @description Id of the record */
                entityId?: string;
                /** @description From this instant (ISO 8601), inclusive */
                from?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description Before this instant (ISO 8601), exclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listEmployees: {
        parameters: {
            query?: {
                /** @description Active only (default), inactive only, or all */
                active?: components["schemas"]["ActiveFilter"];
                gender?: components["schemas"]["Gender"];
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                positionId?: string;
                /** @description Search by name (contains) or NIP (prefix) */
                q?: string;
                /** @description Retiring in this calendar year */
                retirementYear?: number;
                sortBy?: components["schemas"]["EmployeeSort"];
                sortOrder?: components["schemas"]["SortOrder"];
                status?: components["schemas"]["EmployeeStatus"];
                /** @description Employees of this unit and its subtree */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeePage"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createEmployee: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEmployeeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeeDetailDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: duplicate, stale version or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getEmployee: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeeDetailDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deleteEmployee: {
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
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateEmployee: {
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
                "application/json": components["schemas"]["UpdateEmployeeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeeDetailDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: duplicate, stale version or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    exportEmployees: {
        parameters: {
            query?: {
                /** @description Active only (default), inactive only, or all */
                active?: components["schemas"]["ActiveFilter"];
                format?: components["schemas"]["ExportFormat"];
                gender?: components["schemas"]["Gender"];
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                positionId?: string;
                /** @description Search by name (contains) or NIP (prefix) */
                q?: string;
                /** @description Retiring in this calendar year */
                retirementYear?: number;
                sortBy?: components["schemas"]["EmployeeSort"];
                sortOrder?: components["schemas"]["SortOrder"];
                status?: components["schemas"]["EmployeeStatus"];
                /** @description Employees of this unit and its subtree */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    importEmployees: {
        parameters: {
            query?: {
                /** @description Check only; write nothing */
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV or XLSX with the template’s columns
                     */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body or file too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Business rule violated */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getEmployeeImportTemplate: {
        parameters: {
            query?: {
                format?: components["schemas"]["ExportFormat"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getEmployeeStats: {
        parameters: {
            query?: {
                horizon?: number;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeeStatsDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    streamEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An event stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    calculateRetirement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetirementCalcDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetirementResultDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Business rule violated */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listOrgUnits: {
        parameters: {
            query?: {
                kind?: components["schemas"]["UnitKind"];
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Direct children of this unit */
                parentId?: string;
                /** @description Search name or code */
                q?: string;
                sector?: components["schemas"]["Sector"];
                sortBy?: components["schemas"]["OrgUnitSort"];
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description This unit and everything below it */
                withinUnitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitPage"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createOrgUnit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrgUnitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: duplicate, stale version or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getOrgUnit: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deleteOrgUnit: {
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
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: duplicate, stale version or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateOrgUnit: {
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
                "application/json": components["schemas"]["UpdateOrgUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: duplicate, stale version or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Business rule violated */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getOrgUnitTree: {
        parameters: {
            query?: {
                /** @description Levels below the root to include (default all) */
                depth?: number;
                /** @description Root of the tree (default: your unit, or the city) */
                rootId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitTreeNodeDto"][];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listPositions: {
        parameters: {
            query?: {
                kind?: components["schemas"]["PositionKind"];
                needsMethod?: components["schemas"]["NeedsMethod"];
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Search the title */
                q?: string;
                sortBy?: components["schemas"]["PositionSort"];
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description Positions of this unit and its subtree */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionPage"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createPosition: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePositionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getPosition: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deletePosition: {
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
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: duplicate, stale version or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updatePosition: {
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
                "application/json": components["schemas"]["UpdatePositionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: duplicate, stale version or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listReferenceRules: {
        parameters: {
            query?: {
                /** @description Key or key prefix, e.g. `recruitment.` */
                key?: string;
                /** @description Only versions in force on this date */
                onDate?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                sortOrder?: components["schemas"]["SortOrder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceRulePage"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createReferenceRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReferenceRuleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceRuleDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: duplicate, stale version or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Business rule violated */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getReferenceRule: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceRuleDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deleteReferenceRule: {
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
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateReferenceRule: {
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
                "application/json": components["schemas"]["UpdateReferenceRuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceRuleDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: duplicate, stale version or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Business rule violated */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    parseNik: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nik: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NikInfoDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Business rule violated */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    parseNip: {
        parameters: {
            query?: {
                /** @description PPPK numbers: skip the gender-digit rule */
                pppk?: string;
            };
            header?: never;
            path: {
                nip: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NipInfoDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Business rule violated */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listServiceDrivers: {
        parameters: {
            query?: {
                key?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description Drivers of this unit and its subtree */
                unitId?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDriverPage"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createServiceDriver: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceDriverDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDriverDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: duplicate, stale version or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getServiceDriver: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDriverDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deleteServiceDriver: {
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
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateServiceDriver: {
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
                "application/json": components["schemas"]["UpdateServiceDriverDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDriverDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: duplicate, stale version or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Search username or display name */
                q?: string;
                role?: components["schemas"]["UserRole"];
                sortOrder?: components["schemas"]["SortOrder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: duplicate, stale version or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getUser: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updateUser: {
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
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid input (problem+json naming each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role or key scope may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or outside your unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict: duplicate, stale version or state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}

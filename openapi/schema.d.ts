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
    "/api/v1/competencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the competency dictionary (managerial, socio-cultural, technical per job family, soft skills) */
        get: operations["listCompetencies"];
        put?: never;
        /** Add a competency to the dictionary */
        post: operations["createCompetency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a competency with its level descriptions */
        get: operations["getCompetency"];
        put?: never;
        post?: never;
        /** Delete a competency no standard or assessment uses */
        delete: operations["deleteCompetency"];
        options?: never;
        head?: never;
        /** Update a competency */
        patch: operations["updateCompetency"];
        trace?: never;
    };
    "/api/v1/competency/calculate/jpm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculator: Job-Person Match (JPM) % and category
         * @description PermenPAN-RB 38/2017: Σ assessed levels / Σ required levels × 100, optionally capping each level at its standard; Optimal ≥ 90, Cukup Optimal 78–<90, Kurang Optimal < 78 (rule competency.jpm).
         */
        post: operations["calculateJpm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competency/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Competency gaps: JPM % and category per employee (one employee, a position’s holders or a unit subtree), with a summary
         * @description The latest valid assessment of each competency counts. Employees see only themselves.
         */
        get: operations["getCompetencyGaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competency/heatmap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Heatmap: units × competencies, the share of assessed people below standard */
        get: operations["getCompetencyHeatmap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competency/standards/bulk-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set required levels on every position of a kind (and level, class range, unit) in your subtree */
        post: operations["bulkAssignCompetencyStandard"];
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
    "/api/v1/employees/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The competency assessments of an employee, newest first (employees: their own) */
        get: operations["listAssessments"];
        put?: never;
        /** Record an assessment of an employee of your subtree (assessment centre, test, supervisor, training post-test) */
        post: operations["createAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/api/v1/needs/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Needs analysis: demand, supply, retirements and gap per year for a unit subtree, grouped by position, unit, sector or kind
         * @description Demand by each position’s method (workload, ratio norm, WISN, fixed), supply projected from the base year with retirements, attrition and approved recruits. Paged; `totals` sums every matching row.
         */
        get: operations["getNeedsAnalysis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/analysis/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Needs dashboard: totals per year, shortage by sector, unit and kind, worst-covered services */
        get: operations["getNeedsDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/analysis/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the analysis as XLSX in the formation-proposal layout
         * @description Every row matching the filters, in the chosen grouping and order (page and pageSize are ignored), with a sheet explaining the columns and the rule versions used.
         */
        get: operations["exportNeedsAnalysis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/analysis/positions/{id}/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Explain one position’s figures: the tree from inputs to result */
        get: operations["explainPositionNeed"];
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
    "/api/v1/needs/calculate/wisn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculator: WISN / ABK-Kes staffing of one health cadre
         * @description WHO WISN (Permenkes 33/2015 ABK-Kes): available working time, standard workloads, category and individual allowance factors, required staff, WISN ratio and difference.
         */
        post: operations["calculateWisn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/calculate/workload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculator: workload analysis (ABK) of one position
         * @description PermenPAN-RB 1/2020: workload = Σ volume × minutes; FTE = workload / JKE; headcount rounded by the rule; EJ and its category. Shows every intermediate figure and the rule versions used. The stored analyses use the same code.
         */
        post: operations["calculateWorkload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/norms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List ratio norms (city-wide family norms and those of positions in your subtree) */
        get: operations["listRatioNorms"];
        put?: never;
        /** Create a ratio norm for a position (operators: of their subtree) or a job family in units of a kind (planners) */
        post: operations["createRatioNorm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/norms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a ratio norm */
        get: operations["getRatioNorm"];
        put?: never;
        post?: never;
        /** Delete a ratio norm */
        delete: operations["deleteRatioNorm"];
        options?: never;
        head?: never;
        /** Update a ratio norm */
        patch: operations["updateRatioNorm"];
        trace?: never;
    };
    "/api/v1/needs/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List formation plans of your subtree */
        get: operations["listPlans"];
        put?: never;
        /** Draft a formation plan from the analysis, chosen by the optimiser under the budget ceiling and the formation maximum */
        post: operations["createPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a formation plan with its lines, totals and what the budget left uncovered */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        /** Delete a draft plan */
        delete: operations["deletePlan"];
        options?: never;
        head?: never;
        /** Update a draft plan’s name, notes or budget figures */
        patch: operations["updatePlan"];
        trace?: never;
    };
    "/api/v1/needs/plans/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a verified plan (not by the one who submitted it); it is then frozen */
        post: operations["approvePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/plans/{id}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a new draft revision from a plan (approved plans stay frozen) */
        post: operations["copyPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/plans/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the plan as XLSX (formation proposal layout) */
        get: operations["exportPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/plans/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a line to a draft plan */
        post: operations["addPlanLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/plans/{id}/lines/{lineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a line from a draft plan */
        delete: operations["deletePlanLine"];
        options?: never;
        head?: never;
        /** Edit a line of a draft plan (quantity, CPNS/PPPK, education, pin, exclude) */
        patch: operations["updatePlanLine"];
        trace?: never;
    };
    "/api/v1/needs/plans/{id}/optimise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the optimiser again on a draft (new budget or maximum; pinned lines kept, excluded lines left out) */
        post: operations["optimisePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/plans/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a submitted or verified plan with a reason */
        post: operations["rejectPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/plans/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for verification */
        post: operations["submitPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/plans/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a submitted plan (BKPP) */
        post: operations["verifyPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/positions/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workload tasks of a position with the resulting need */
        get: operations["listWorkloadTasks"];
        put?: never;
        /** Add a workload task to a position of your subtree */
        post: operations["createWorkloadTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/positions/{id}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a workload task */
        delete: operations["deleteWorkloadTask"];
        options?: never;
        head?: never;
        /** Update a workload task */
        patch: operations["updateWorkloadTask"];
        trace?: never;
    };
    "/api/v1/needs/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List what-if scenarios of your subtree */
        get: operations["listScenarios"];
        put?: never;
        /** Create a what-if scenario (driver growth, attrition, retirement age, budget, horizon) */
        post: operations["createScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a scenario */
        get: operations["getScenario"];
        put?: never;
        post?: never;
        /** Delete a scenario */
        delete: operations["deleteScenario"];
        options?: never;
        head?: never;
        /** Update a scenario */
        patch: operations["updateScenario"];
        trace?: never;
    };
    "/api/v1/needs/scenarios/{id}/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compare the scenario with the base, side by side, with the difference */
        get: operations["compareScenario"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/wisn-studies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List WISN (ABK-Kes) studies in your subtree */
        get: operations["listWisnStudies"];
        put?: never;
        /** Create a WISN study for a health cadre in a unit of your subtree */
        post: operations["createWisnStudy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/wisn-studies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a WISN study with its result */
        get: operations["getWisnStudy"];
        put?: never;
        post?: never;
        /** Delete a WISN study */
        delete: operations["deleteWisnStudy"];
        options?: never;
        head?: never;
        /** Replace the inputs of a WISN study */
        patch: operations["updateWisnStudy"];
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
    "/api/v1/performance/calculate/ikm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculator: the public satisfaction index (IKM) from responses or element means
         * @description PermenPAN-RB 14/2017: per element the mean of the answers given (unanswered left out), IKM = Σ NRR / 9, converted × 25, the grade A–D on the converted value rounded to 2 decimals; with `population`, the Krejcie & Morgan minimum sample. A bad answer is a 400 naming it (e.g. `responses.3.2`).
         */
        post: operations["calculateIkm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/calculate/predicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculator: the SKP predicate from the result and behaviour ratings
         * @description PermenPAN-RB 6/2022: the result rating (row) × the behaviour rating (column) of the reference rule `performance.predicate_matrix` in force today; says whether a coaching record is required (Butuh Perbaikan or worse).
         */
        post: operations["calculatePredicate"];
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
    "/api/v1/positions/{id}/competency-standard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The competency standard of a position: the level required of each competency */
        get: operations["getCompetencyStandard"];
        /** Replace the competency standard of a position of your subtree */
        put: operations["replaceCompetencyStandard"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/positions/{id}/competency-standard/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy the competency standard of another position onto this one */
        post: operations["copyCompetencyStandard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public: check a certificate by its verification code (holder’s name masked)
         * @description No sign-in. Rate-limited per client like sign-in; an unknown code answers 404 with the same body whatever the code, so codes cannot be enumerated.
         */
        get: operations["checkCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/recruitment/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Public: appeal (sanggah) a TMS administrative result within the appeal window
         * @description Only for admin_failed applications, within [appealOpens, appealCloses], one pending appeal at a time (409). A wrong access code answers 404.
         */
        post: operations["submitAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/recruitment/applications/{registrationNumber}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Public: upload (or replace) a document of an application while registration is open
         * @description PDF or JPEG, recognised by the file content (415 otherwise); at most the round’s maxDocumentBytes (413). A wrong access code or an unknown number answer the same 404.
         */
        post: operations["uploadApplicationDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/recruitment/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: published recruitment rounds with their phase, schedule and seats */
        get: operations["listPublicRecruitmentRounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/recruitment/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public: a published round — schedule, rules in force, amendments with their reasons, vacancies with seats and applicants per seat
         * @description No personal data. A draft round answers 404.
         */
        get: operations["getPublicRecruitmentRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/recruitment/rounds/{id}/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public: the announcements of a round (latest publication per stage), or one vacancy’s published list (names and masked NIK)
         * @description Without vacancyId: the latest publication of each stage with its hash, time, publisher and the vacancies with their counts. With vacancyId (and stage, default the latest): that vacancy’s entries. Publications are immutable: cacheable (Cache-Control public, max-age=60), ETag = content hash, 304 on If-None-Match.
         */
        get: operations["getRoundAnnouncements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/recruitment/rounds/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Public: register for a round (NIK checked against birth date and gender); returns the registration number and a one-time access code
         * @description Only while the round is published and today (WIB) is within its registration window (409 naming the window). One application per NIK per round (409 APPLICATION_EXISTS). `gpa` is on 0–4, except for educationLevel SMA where it is the diploma average on 0–100. The access code is shown once: keep it to upload documents and to appeal.
         */
        post: operations["registerApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/recruitment/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public: an applicant’s stage, administrative result, appeals and published scores, by registration number and birth date
         * @description Rate-limited like sign-in; an unknown number and a wrong birth date answer the same 404, so numbers cannot be enumerated. Scores appear only once the round has published the SKD or final result; never the NIK.
         */
        get: operations["getApplicationStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The appeals inbox (pending first) with days left to the answer deadline and an overdue flag */
        get: operations["listAppeals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/appeals/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer an appeal with a reason; accepted → the application is restored (MS, admin_passed)
         * @description Refused after the round’s appealAnswerBy (409 APPEAL_DEADLINE_PASSED) and for an appeal already answered. Audited.
         */
        post: operations["answerAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/applicants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List applicants (search by name or NIK; operators and leaders: those with an application in their subtree, NIK masked) */
        get: operations["listApplicants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/applicants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an applicant with the applications you may see (NIK masked unless admin or planner) */
        get: operations["getApplicant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List applications (filters: round, vacancy, stage, category, admin result, name or registration number; scoped by the vacancy’s unit) */
        get: operations["listApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an application: applicant, vacancy, automatic checks computed now, checklist, documents, appeals, scores, interviews, timeline */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/applications/{id}/admin-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide the administrative selection: MS when every automatic check and checklist item passes, else TMS naming every failed requirement
         * @description The checklist covers every document key of the round (plus optional extra committee checks). Re-deciding is allowed until the appeal window closes, never once SKD scores exist (409 ADMIN_DECISION_LOCKED). Audited with before and after.
         */
        post: operations["decideApplicationAdmin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/applications/{id}/appoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Appoint a passed applicant: creates the employee (CPNS) in the vacancy’s position and unit
         * @description Only a passed application, after the final result is published; never more appointments than the vacancy’s seats (409 VACANCY_FULL), never twice (409 ALREADY_APPOINTED). The NIP, when given, must agree with the applicant’s birth date and gender. The Needs supply moves: the person counts in the headcount, no longer in the incoming formation.
         */
        post: operations["appointApplicant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/applications/{id}/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document of an application (PDF or JPEG; not cached) */
        get: operations["getApplicationDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/applications/{id}/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every panel assignment of an application with its scores, the mean, spread and flag */
        get: operations["listApplicationInterviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/applications/{id}/scores": {
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
        /**
         * Correct an application’s scores with a reason (audited before/after)
         * @description Send the version you read and only the scores that change. Refused once the round’s final result is published (409 RESULT_PUBLISHED).
         */
        patch: operations["correctApplicationScores"];
        trace?: never;
    };
    "/api/v1/recruitment/applications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered applications as XLSX (NIK masked unless admin or planner) */
        get: operations["exportApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/calculate/final-score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculator: CPNS final score from the SKD total and the SKB score
         * @description Final = skdWeight × (SKD / 550 × 100) + skbWeight × SKB (40/60 by default), rounded half-up to 2 decimals from the unrounded parts, computed exactly (SKD 420 → 76.36; SKB 80 → 78.55). The ranking uses the same figures. Weights from the round (`roundId`) or the reference rule in force today.
         */
        post: operations["calculateFinalScore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/calculate/skd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculator: SKD total and pass for a category
         * @description KepmenPAN-RB 321/2024: umum passes when TWK ≥ 65, TIU ≥ 80 and TKP ≥ 166 each; cumlaude when the total ≥ 311 and TIU ≥ 85; disabilitas and papua when the total ≥ 286 and TIU ≥ 60. The grades come from the round's rules (`roundId`) or the reference rule in force today; the response names every grade not reached and echoes the rule version. TWK and TIU are multiples of 5 (5 or 0 points a question); a score above the rule maximum is a 422 naming the field.
         */
        post: operations["calculateSkd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List interview assignments (panel members: their own; staff: all of their subtree, with panelist names) */
        get: operations["listInterviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/interviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an interview assignment: rubric, applicant (no NIK), own scores; the other panelists only after submitting your own
         * @description A panel member reads only their own assignments (others answer 404). Until they submit, `others` is null and `othersHidden` true.
         */
        get: operations["getInterview"];
        put?: never;
        post?: never;
        /** Withdraw a panel assignment whose scores are not yet submitted */
        delete: operations["deleteInterview"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/interviews/{id}/declaration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare (no) conflict of interest with the applicant: required before scoring; a conflict withdraws the assignment */
        post: operations["declareInterviewConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/interviews/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Submit your rubric scores (once); the application’s interview score (mean) and spread flag are recomputed
         * @description Every rubric criterion, 0..max with at most 2 decimals (400 naming `scores.<key>`). 409 DECLARATION_REQUIRED before the declaration, ALREADY_SUBMITTED after a submission, RECRUITMENT_RESULT_PUBLISHED once the final result is out, STALE_VERSION.
         */
        put: operations["submitInterviewScores"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/panelists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The selection committee members who can be assigned to interviews (active users with the panel role)
         * @description For the managers who assign panels; the full user list stays the administrator’s.
         */
        get: operations["listPanelists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/results/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a publication: header, publisher, hash and each vacancy’s counts and hash */
        get: operations["getResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List recruitment rounds (filters: year, type, status, search) with their phase and counts of vacancies, seats and applications */
        get: operations["listRecruitmentRounds"];
        put?: never;
        /**
         * Create a round (draft) with its schedule and rules
         * @description Rules left out come from the reference rules in force (passing grades, shortlist, final score, tie-break, age limits, PPPK maxima) and the module defaults (SKB components, interview rubric, documents). 400 names the first date out of order (`schedule.skdStarts`) or the rule at fault (`rules.skbComponents.1.weight`); 409 on a duplicate code.
         */
        post: operations["createRecruitmentRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a round: schedule, rules, phase today, counts and what you may do */
        get: operations["getRecruitmentRound"];
        put?: never;
        post?: never;
        /** Delete a draft round without applications (with its vacancies) */
        delete: operations["deleteRecruitmentRound"];
        options?: never;
        head?: never;
        /**
         * Edit a round’s name, schedule or rules: a draft, or a published round before registration opens
         * @description Once registration has opened: 409 ROUND_LOCKED, change the schedule or rules by an amendment with a reason instead. Stale version: 409.
         */
        patch: operations["updateRecruitmentRound"];
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The amendments of a round, oldest first: reason, what changed (before and after), who and when */
        get: operations["listRoundAmendments"];
        put?: never;
        /**
         * Amend a published round’s schedule or rules, with a reason (shown on the public page)
         * @description The reason is required (at least 10 characters). The amendment (before and after) and the audit event are written in one transaction. 409 for a draft (edit it directly) or a closed round, or a stale version; 400 when nothing changes or a field is invalid.
         */
        post: operations["amendRecruitmentRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a published round: nothing in it changes any more */
        post: operations["closeRecruitmentRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Funnel analytics of a round or a vacancy: applicants per seat, stage pass rates, time in each stage, by gender and education */
        get: operations["getRoundFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/funnel/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The funnel as XLSX: one sheet for the stages and one per breakdown */
        get: operations["exportRoundFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/interviews/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign panelists to the shortlisted applications of a CPNS round (or of one vacancy, or the listed applications); existing assignments are kept
         * @description At least the round's `rules.interview.minPanelists` distinct users with the panel role (400 naming panelistIds). A panelist who declared a conflict with an applicant is never assigned to them again. PPPK rounds answer 409 (their interview score comes from the PPPK score file).
         */
        post: operations["assignPanelists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/plan-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved formation plan lines of the round’s year and type, with the seats already opened and remaining (operators: their subtree) */
        get: operations["listRoundPlanLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft round: its schedule, rules and vacancies become public
         * @description Needs at least one vacancy (422 ROUND_WITHOUT_VACANCIES). Records the time and the publisher.
         */
        post: operations["publishRecruitmentRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/rank": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rank the round: final scores and ranks per vacancy and category; within the seats → passed
         * @description CPNS: the shortlisted, SKB = Σ weight × component (interview = the panel mean), final = skdWeight × SKD/550 × 100 + skbWeight × SKB rounded half-up to 2 decimals; ties broken by final score, SKD total, TKP, TIU, TWK, GPA, the older applicant, registration number. PPPK: admin-passed applications, final = total / 670 × 100; ties by total, technical, managerial + socio-cultural, interview, GPA, the older. Deterministic: the same data gives the same order. 422 naming the applications with missing scores; 409 once a final result is published.
         */
        post: operations["rankRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ranking of a round per vacancy and category (your subtree) */
        get: operations["listRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the publications of a round (newest first) */
        get: operations["listResults"];
        put?: never;
        /**
         * Publish an immutable result of a stage (administrative, skd, final): per vacancy the ordered list and its hash
         * @description The snapshot (entries with masked NIK, counts, hashes, the round’s rules) can never be changed or deleted; a correction is a new publication (seq + 1). final needs an up-to-date ranking (409 RANK_OUTDATED when an application changed after the last ranking).
         */
        post: operations["publishResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/scores/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a CAT score file (SKD, SKB or PPPK): dry run, all-or-nothing, idempotent by file hash
         * @description Every bad cell is reported (row, column, reason): unknown registration number, another round, wrong stage, duplicate in the file, out of range, missing column. A real run writes every row or none (422 with the report). The same file again answers `alreadyImported: true` and changes nothing; a file that changes scores an earlier import set is refused (409: use the correction with a reason). Refused once the final result is published (409 RESULT_PUBLISHED).
         */
        post: operations["importScores"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/scores/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the score files imported into a round (hash, rows, changed, importer) */
        get: operations["listScoreImports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/scores/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the score file template of a kind (CSV or XLSX header) */
        get: operations["getScoreTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SKD pass per category and the SKB shortlist per vacancy and category (CPNS)
         * @description Sets each application's SKD total, pass and failed grades from the round's passing grades; then, per vacancy and category, shortlists up to multiplier × seats of the passers by SKD total, TKP, TIU, TWK, GPA, the older, registration number; with `include_all` everyone tied on SKD total with the last place is shortlisted too. A re-run resets any ranking. 409 for a PPPK round or after a final publication; 422 naming the applications without SKD scores.
         */
        post: operations["shortlistRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/vacancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vacancies of a round with applicants and applicants per seat (operators and leaders: their subtree) */
        get: operations["listRoundVacancies"];
        put?: never;
        /**
         * Open a vacancy from an approved formation plan line (position and unit from the line)
         * @description Until registration closes. 422 VACANCY_WITHOUT_APPROVED_LINE when planLineId is not a line of an approved plan of the round’s year and type; 422 VACANCY_ABOVE_PLAN when the quotas exceed the seats left on the line over every round; 409 when the round already has a vacancy for the line or the code is taken.
         */
        post: operations["createRoundVacancy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rounds/{id}/vacancies/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the round’s vacancies as XLSX (seats per category, education, applicants) */
        get: operations["exportRoundVacancies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/rule-defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rules a new round starts from: the reference rules in force today (passing grades, shortlist, weights, age limits, PPPK maxima) with the default SKB components, interview rubric and documents
         * @description What `POST /recruitment/rounds` fills in for every rule left out; the set-up wizard starts from it.
         */
        get: operations["getRecruitmentRuleDefaults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment/vacancies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a vacancy (operators and leaders: of their subtree; 404 outside it) */
        get: operations["getRecruitmentVacancy"];
        put?: never;
        post?: never;
        /** Delete a vacancy without applications, before registration opens */
        delete: operations["deleteRecruitmentVacancy"];
        options?: never;
        head?: never;
        /**
         * Edit a vacancy (code, quotas, education, majors, GPA, age) before registration opens
         * @description After registration opened: 409 VACANCY_LOCKED. Quotas above what remains on the plan line: 422.
         */
        patch: operations["updateRecruitmentVacancy"];
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
    "/api/v1/training/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The JP ledger: development activities (employees: their own; staff: their subtree) */
        get: operations["listTrainingActivities"];
        put?: never;
        /** Record non-classroom learning (coaching, e-learning, webinar, seminar, self-study) with evidence, pending approval */
        post: operations["createTrainingActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/activities/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending activity of someone of your subtree: its JP count */
        post: operations["approveTrainingActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/activities/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending activity of someone of your subtree */
        post: operations["rejectTrainingActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enrolments you may see (e.g. status=requested: the approval inbox of a leader) */
        get: operations["listTrainingEnrolments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/enrolments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a request of someone of your subtree: a seat when one is free, else the waiting list */
        post: operations["approveTrainingEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/enrolments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an enrolment (the person, or staff in scope); a freed seat goes to the first of the waiting list */
        post: operations["cancelTrainingEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/enrolments/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The certificate of a completed enrolment as a PDF (the holder, or staff whose subtree holds them)
         * @description A4 landscape, with the verification code and the public check path. 422 when the enrolment is not completed or has no certificate code.
         */
        get: operations["getEnrolmentCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/enrolments/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a request (or a waiting-list place) of someone of your subtree */
        post: operations["declineTrainingEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * JP owed vs done: per employee the JP approved this year, remaining, pace to year end; a summary of the scope
         * @description PP 11/2017 art. 203: at least 20 JP a year (rule competency.development_hours). Projected = JP so far / days elapsed × days in the year.
         */
        get: operations["getTrainingHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the units’ yearly development plans in your scope */
        get: operations["listDevelopmentPlans"];
        put?: never;
        /**
         * Draft the yearly development plan of a unit subtree: the most competency gap closed within the budget
         * @description Candidates are (program, person) pairs of the subtree that close some gap; the choice maximises the levels of shortfall closed (each person’s shortfall counted once) with the cost within the budget, solved exactly with HiGHS and never worse than the greedy by gap per cost. One plan per unit and year (409).
         */
        post: operations["createDevelopmentPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a development plan with its lines (one per program, with the participants and the reason) */
        get: operations["getDevelopmentPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft development plan: budget, lines (recomputed) or a fresh draft */
        patch: operations["updateDevelopmentPlan"];
        trace?: never;
    };
    "/api/v1/training/plans/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a development plan (the leader of its unit or a unit above it, or an administrator); it is then frozen */
        post: operations["approveDevelopmentPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the training catalogue (filters: type, mode, a competency raised, search) */
        get: operations["listTrainingPrograms"];
        put?: never;
        /** Add a program to the catalogue */
        post: operations["createTrainingProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a training program with the competencies it raises and its prerequisites */
        get: operations["getTrainingProgram"];
        put?: never;
        post?: never;
        /** Delete a program that has no session and is no prerequisite (otherwise deactivate it) */
        delete: operations["deleteTrainingProgram"];
        options?: never;
        head?: never;
        /** Update a program (send the version you read) */
        patch: operations["updateTrainingProgram"];
        trace?: never;
    };
    "/api/v1/training/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Training recommendations for an employee: the active programs that close their largest competency gaps
         * @description Gap closed = Σ over the competencies a program raises of min(levels raised, shortfall), shortfall = required − latest assessed level. Competencies never assessed are listed apart and not counted. Programs already completed, or whose prerequisites are not completed, are skipped. Ranked by gap closed per cost (free programs first), then per JP. Employees: themselves only.
         */
        get: operations["listTrainingRecommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sessions (calendar: from/to; program; status) with seats taken, waiting list and days */
        get: operations["listTrainingSessions"];
        put?: never;
        /** Schedule a session of a program (operators: organised by a unit of their subtree) */
        post: operations["createTrainingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a session with its seats, waiting list and your own enrolment */
        get: operations["getTrainingSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an open session (raising the capacity promotes the waiting list) */
        patch: operations["updateTrainingSession"];
        trace?: never;
    };
    "/api/v1/training/sessions/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attendance sheet: participants × days */
        get: operations["getTrainingAttendance"];
        /** Mark attendance of one day (the session’s organisers; a day of the session, not in the future) */
        put: operations["markTrainingAttendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/sessions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an open session and every request, seat and waiting-list place in it */
        post: operations["cancelTrainingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/sessions/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a session: attendance threshold and post-test decide each person; completers get JP, a certificate code and raised levels */
        post: operations["completeTrainingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/sessions/{id}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people of a session: enrolled, waiting list, requests (staff: their subtree or the sessions they organise; employees: themselves) */
        get: operations["listSessionEnrolments"];
        put?: never;
        /**
         * Enrol: yourself (a request for your leader) or, as an operator or planner, someone of your subtree (a seat, or the waiting list when full)
         * @description Refused outside the enrolment window, when the person is already in a session whose dates overlap (422 naming sessionId) or has not completed the prerequisites. The capacity is never exceeded.
         */
        post: operations["enrolInTrainingSession"];
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
        AddPlanLineDto: {
            /** @example S1 Keperawatan (Ners) */
            educationRequired?: string;
            employmentType?: components["schemas"]["EmploymentType"];
            /** @description The plan version you read; a stale one gets 409 */
            planVersion: number;
            /** Format: uuid */
            positionId: string;
            /** @example 1 */
            quantity: number;
            /** @description Why it is added */
            reason?: string;
        };
        AdminCheckDto: {
            detail: string;
            /** @example age */
            key: string;
            /** @example Usia */
            label: string;
            passed: boolean;
        };
        AdminDecisionDto: {
            /**
             * @description The committee's checklist: every document key of the round (required), plus optional extra checks (snake_case keys)
             * @example {
             *       "ijazah": true,
             *       "ktp": true,
             *       "transkrip": false
             *     }
             */
            checklist: {
                [key: string]: boolean;
            };
            note?: string;
            version: number;
        };
        AdminFailureDto: {
            /** @example AGE_ABOVE_MAX */
            code: string;
            /** @description Document or checklist key */
            key?: string;
            /** @example Usia 36 tahun pada 2026-01-31 melebihi batas maksimal 35 tahun. */
            message: string;
        };
        /** @enum {string} */
        AdminResult: "ms" | "tms";
        AgeLimitsDto: {
            /**
             * @description On the day registration closes; a vacancy may raise it (ageMax)
             * @example 35
             */
            max: number;
            /** @example 18 */
            min: number;
        };
        /** @enum {string} */
        AllowancePeriod: "day" | "week" | "month" | "year";
        /** @enum {string} */
        AnalysisGroupBy: "position" | "unit" | "sector" | "kind";
        AnalysisPageDto: {
            baseYear: number;
            /** @description Set when the figures were reused from a computation made this long ago (at most NEEDS_CACHE_SECONDS; any audited write clears it) */
            cachedAt: string | null;
            /** @description Server time the figures took to compute, ms (for a cached result: when it was computed) */
            computeMs: number;
            groupBy: components["schemas"]["AnalysisGroupBy"];
            horizon: number;
            items: components["schemas"]["AnalysisRowDto"][];
            /** Format: uuid */
            orgUnitId: string | null;
            page: number;
            pageSize: number;
            rules: components["schemas"]["RuleRefDto"][];
            /** Format: uuid */
            scenarioId: string | null;
            /** @description Rows matching the filters */
            total: number;
            /** @description Sums over every row matching the filters (all pages) */
            totals: components["schemas"]["AnalysisTotalsDto"];
            /**
             * @example [
             *       2026,
             *       2027,
             *       2028,
             *       2029,
             *       2030
             *     ]
             */
            years: number[];
        };
        AnalysisRowDto: {
            /** @description Expected leavers other than retirement (rule supply.attrition_rates) */
            attrition: number[];
            /**
             * @description What the demand rests on: tasks, norm, study, family share, fixed, no_data, or mixed
             * @example tasks
             */
            basis: string;
            /** @description Kelas jabatan (positions only) */
            class: number | null;
            /** @description Required people per year: whole people by the position’s own method; a family’s entry position carries the family need less the other positions’ projected supply, which is an expected value and may be fractional */
            demand: number[];
            /** @description Education required (positions only) */
            educationRequired: string | null;
            /** @description Active holders now */
            existing: components["schemas"]["HeadcountByStatusDto"];
            /** @description supply − demand (+ surplus, − shortage) */
            gap: number[];
            /** @description Position id, unit id, sector or kind, by groupBy */
            key: string;
            kind: string | null;
            /** @example Perawat Terampil */
            label: string;
            /**
             * @description workload | ratio | wisn | fixed, or mixed for a group
             * @example workload
             */
            method: string;
            /** Format: uuid */
            positionId: string | null;
            /** @description Positions in the row */
            positions: number;
            /** @description Workload pressure (EJ, 1/WISN ratio, required/existing), capped */
            pressure: number;
            /** @description Base-year shortage × sector weight × pressure */
            priority: number;
            /** @description Recruits from approved formation plans */
            recruits: number[];
            /** @description Required FTE in the base year, full precision (workload FTE, WISN staff; headcount for ratio and fixed) */
            requiredFte: number;
            /** @description Expected retirements per year (never more than the expected supply left after attrition) */
            retirements: number[];
            sector: string | null;
            /** @description Σ of the positions’ shortages (never netted against surpluses) */
            shortage: number[];
            /** @description Projected supply per year (end of year), full precision */
            supply: number[];
            surplus: number[];
            unitCode: string | null;
            /** Format: uuid */
            unitId: string | null;
            unitName: string | null;
        };
        /** @enum {string} */
        AnalysisSort: "label" | "unit" | "sector" | "kind" | "method" | "class" | "existing" | "demand" | "supply" | "gap" | "shortage" | "surplus" | "retirements" | "pressure" | "priority";
        AnalysisTotalsDto: {
            attrition: number[];
            demand: number[];
            existing: components["schemas"]["HeadcountByStatusDto"];
            gap: number[];
            positions: number;
            priority: number;
            recruits: number[];
            requiredFte: number;
            retirements: number[];
            shortage: number[];
            supply: number[];
            surplus: number[];
        };
        AnnouncementEntryDto: {
            /** @example umum */
            category: string;
            finalScore?: number | null;
            interview?: number | null;
            managerialSocioCultural?: number | null;
            /** @example 3374**********03 */
            maskedNik: string;
            name: string;
            outcome?: components["schemas"]["ResultOutcome"];
            passed?: boolean | null;
            /** @description final: rank within the vacancy and category */
            rank?: number;
            /** @example CPNS2026-000123 */
            registrationNumber: string;
            /** @description administrative */
            result?: components["schemas"]["AdminResult"];
            shortlisted?: boolean | null;
            skb?: number | null;
            /** @description final: SKD total */
            skdTotal?: number | null;
            technical?: number | null;
            tiu?: number | null;
            tkp?: number | null;
            /** @description skd: SKD total */
            total?: number | null;
            twk?: number | null;
        };
        AnswerAppealDto: {
            /** @description true: the application is restored (MS, admin_passed) */
            accepted: boolean;
            /** @description The committee's reason, shown to the applicant */
            answer: string;
            version: number;
        };
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
        AppealDto: {
            /** @description The failures appealed against (as they stand now) */
            adminFailures: components["schemas"]["AdminFailureDto"][];
            answer: string | null;
            /**
             * @description The committee answers by this day
             * @example 2026-02-20
             */
            answerBy: string;
            /** Format: date-time */
            answeredAt: string | null;
            answeredByName: string | null;
            applicantName: string;
            /** Format: uuid */
            applicationId: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Days left until answerBy (negative when overdue); null once answered */
            daysLeft: number | null;
            /** Format: uuid */
            id: string;
            /** @description Pending after answerBy */
            overdue: boolean;
            positionTitle: string;
            reason: string;
            registrationNumber: string;
            /** Format: uuid */
            roundId: string;
            status: components["schemas"]["AppealStatus"];
            unitName: string;
            vacancyCode: string;
            version: number;
        };
        AppealPage: {
            items: components["schemas"]["AppealDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        AppealStatus: "pending" | "accepted" | "rejected";
        ApplicantApplicationDto: {
            /** @enum {string|null} */
            adminResult: "ms" | "tms" | null;
            category: components["schemas"]["RecruitmentCategory"];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            positionTitle: string;
            registrationNumber: string;
            roundCode: string;
            /** Format: uuid */
            roundId: string;
            roundName: string;
            stage: components["schemas"]["ApplicationStage"];
            unitName: string;
            vacancyCode: string;
            /** Format: uuid */
            vacancyId: string;
        };
        ApplicantDetailDto: {
            address: string | null;
            /** @description Applications you may see */
            applicationCount: number;
            /** @description Applications you may see, newest first */
            applications: components["schemas"]["ApplicantApplicationDto"][];
            birthDate: string;
            birthPlace: string | null;
            /** Format: date-time */
            createdAt: string;
            educationLevel: components["schemas"]["EducationLevel"];
            email: string | null;
            gender: components["schemas"]["Gender"];
            gpa: number;
            graduationYear: number | null;
            /** Format: uuid */
            id: string;
            institution: string | null;
            major: string;
            name: string;
            /**
             * @description Full for admin and planner; masked for everyone else
             * @example 3374**********01
             */
            nik: string;
            phone: string | null;
        };
        ApplicantDto: {
            /** @description Applications you may see */
            applicationCount: number;
            birthDate: string;
            birthPlace: string | null;
            /** Format: date-time */
            createdAt: string;
            educationLevel: components["schemas"]["EducationLevel"];
            email: string | null;
            gender: components["schemas"]["Gender"];
            gpa: number;
            graduationYear: number | null;
            /** Format: uuid */
            id: string;
            institution: string | null;
            major: string;
            name: string;
            /**
             * @description Full for admin and planner; masked for everyone else
             * @example 3374**********01
             */
            nik: string;
            phone: string | null;
        };
        ApplicantPage: {
            items: components["schemas"]["ApplicantDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        ApplicationDetailDto: {
            /** @description The committee's checklist as decided */
            adminChecklist: {
                [key: string]: boolean;
            };
            /** Format: date-time */
            adminDecidedAt: string | null;
            adminDecidedByName: string | null;
            adminFailures: components["schemas"]["AdminFailureDto"][];
            adminNote: string | null;
            /** @enum {string|null} */
            adminResult: "ms" | "tms" | null;
            /** @description Age in completed years on the closing date of registration */
            ageOnClosingDate: number;
            appeals: components["schemas"]["AppealDto"][];
            applicant: components["schemas"]["ApplicantDto"];
            /** @description The automatic checks, computed now */
            automaticChecks: components["schemas"]["AdminCheckDto"][];
            /** @description The automatic failures, computed now */
            automaticFailures: components["schemas"]["AdminFailureDto"][];
            category: components["schemas"]["RecruitmentCategory"];
            /** Format: date-time */
            createdAt: string;
            documents: components["schemas"]["DocumentDto"][];
            /** Format: uuid */
            id: string;
            interviews: components["schemas"]["InterviewSummaryDto"];
            registrationNumber: string;
            /** @description The round's documents (the checklist keys) */
            requiredDocuments: components["schemas"]["RequiredDocumentDto"][];
            round: components["schemas"]["StatusRoundDto"];
            scores: components["schemas"]["ApplicationScoresDto"];
            stage: components["schemas"]["ApplicationStage"];
            timeline: components["schemas"]["TimelineEntryDto"][];
            vacancy: components["schemas"]["ApplicationVacancyDto"];
            version: number;
        };
        ApplicationInterviewsDto: {
            applicantName: string;
            /** Format: uuid */
            applicationId: string;
            /** @description The application’s stored review flag */
            interviewFlagged: boolean;
            interviews: components["schemas"]["PanelistScoresDto"][];
            /** @description The application’s stored interview score (the mean) */
            interviewScore: number | null;
            registrationNumber: string;
            /** Format: uuid */
            roundId: string;
            rubric: components["schemas"]["RubricCriterionDto"][];
            stage: string;
            summary: components["schemas"]["PanelSummaryDto"];
            /** Format: uuid */
            vacancyId: string;
        };
        ApplicationListItemDto: {
            /** @description Failed requirements named by the decision */
            adminFailureCount: number;
            /** @enum {string|null} */
            adminResult: "ms" | "tms" | null;
            /** Format: uuid */
            applicantId: string;
            category: components["schemas"]["RecruitmentCategory"];
            /** Format: date-time */
            createdAt: string;
            /** @description Documents uploaded */
            documentCount: number;
            educationLevel: components["schemas"]["EducationLevel"];
            finalScore: number | null;
            gender: components["schemas"]["Gender"];
            gpa: number;
            /** Format: uuid */
            id: string;
            major: string;
            name: string;
            /** @description Full for admin and planner; masked for everyone else */
            nik: string;
            positionTitle: string;
            rank: number | null;
            registrationNumber: string;
            roundCode: string;
            /** Format: uuid */
            roundId: string;
            skbScore: number | null;
            skdPassed: boolean | null;
            skdTotal: number | null;
            stage: components["schemas"]["ApplicationStage"];
            unitName: string;
            vacancyCode: string;
            /** Format: uuid */
            vacancyId: string;
            version: number;
        };
        ApplicationPage: {
            items: components["schemas"]["ApplicationListItemDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        ApplicationScoresDto: {
            /** Format: uuid */
            id: string;
            interview: number | null;
            managerialSocioCultural: number | null;
            /** @example CPNS2026-000123 */
            registrationNumber: string;
            /** Format: uuid */
            roundId: string;
            skbComponents: {
                [key: string]: number;
            } | null;
            /** Format: date-time */
            skbScoredAt: string | null;
            /** Format: date-time */
            skdScoredAt: string | null;
            skdTotal: number | null;
            /** @example admin_passed */
            stage: string;
            technical: number | null;
            tiu: number | null;
            tkp: number | null;
            twk: number | null;
            version: number;
        };
        /** @enum {string} */
        ApplicationSort: "registrationNumber" | "name" | "createdAt" | "skdTotal" | "finalScore" | "rank";
        /** @enum {string} */
        ApplicationStage: "registered" | "admin_passed" | "admin_failed" | "skd_passed" | "skd_failed" | "shortlisted" | "not_shortlisted" | "passed" | "not_passed" | "appointed" | "withdrawn";
        ApplicationStatusDto: {
            admin: components["schemas"]["StatusAdminDto"];
            appeals: components["schemas"]["PublicAppealDto"][];
            category: components["schemas"]["RecruitmentCategory"];
            /** @description Documents uploaded (no content) */
            documents: components["schemas"]["DocumentDto"][];
            /** @description Once the final result of the round is published */
            final: components["schemas"]["FinalScoresDto"] | null;
            name: string;
            /** @description Stages of the round with a published result */
            publishedStages: string[];
            registrationNumber: string;
            round: components["schemas"]["StatusRoundDto"];
            /** @description Once an SKD (or final) result of the round is published */
            skd: components["schemas"]["SkdScoresDto"] | null;
            /** @description As far as the published results tell (never ahead of a publication) */
            stage: components["schemas"]["ApplicationStage"];
            vacancy: components["schemas"]["StatusVacancyDto"];
        };
        ApplicationVacancyDto: {
            ageMax: number | null;
            code: string;
            educationLevels: string[];
            gpaMin: number | null;
            /** Format: uuid */
            id: string;
            majors: string[];
            /** Format: uuid */
            positionId: string;
            positionTitle: string;
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        AppointDto: {
            /**
             * @description TMT CPNS (yyyy-mm-dd)
             * @example 2027-03-01
             */
            appointmentDate: string;
            /**
             * @description 18 digits, when BKN has issued it; must agree with the birth date and gender
             * @example 199803152027032001
             */
            nip?: string;
            /**
             * @description Golongan; default the entry golongan of the applicant’s education (needs.formation_cost)
             * @example III/a
             */
            rank?: string;
        };
        AppointedApplicationDto: {
            /** Format: date-time */
            appointedAt: string | null;
            /** Format: uuid */
            employeeId: string | null;
            /** Format: uuid */
            id: string;
            registrationNumber: string;
            /** Format: uuid */
            roundId: string;
            /** @example appointed */
            stage: string;
            /** Format: uuid */
            vacancyId: string;
            version: number;
        };
        AppointmentDto: {
            application: components["schemas"]["AppointedApplicationDto"];
            /** Format: uuid */
            employeeId: string;
        };
        ApproveDevelopmentPlanDto: {
            /** @description The plan version you read; a stale one gets 409 */
            version: number;
        };
        AssessmentDto: {
            assessedOn: string;
            createdByName: string | null;
            /** @description Whether it still counts (valid and the latest for at least one competency) */
            current: boolean;
            /** Format: uuid */
            employeeId: string;
            evidence: string | null;
            /** Format: uuid */
            id: string;
            items: components["schemas"]["AssessmentItemDto"][];
            source: components["schemas"]["AssessmentSource"];
            validUntil: string | null;
        };
        AssessmentItemDto: {
            code: string;
            /** Format: uuid */
            competencyId: string;
            level: number;
            name: string;
        };
        AssessmentItemInputDto: {
            /** Format: uuid */
            competencyId: string;
            level: number;
        };
        /** @enum {string} */
        AssessmentSource: "assessment_centre" | "test" | "supervisor" | "training_post_test";
        AssignPanelistsDto: {
            /** @description Only these applications (each must be shortlisted) */
            applicationIds?: string[];
            /** @description Users with the panel role; at least the round's minPanelists distinct */
            panelistIds: string[];
            /**
             * Format: uuid
             * @description Only the shortlisted applications of this vacancy
             */
            vacancyId?: string;
        };
        AssignPanelistsResultDto: {
            /** @description Shortlisted applications covered */
            applications: number;
            /** @description Applications still below the round's minimum of panelists */
            belowMinimum: number;
            /** @description New assignments */
            created: number;
            /** @description Assignments that already existed (kept) */
            existing: number;
            /** @description Distinct panelists */
            panelists: number;
            /** @description Pairs skipped because the panelist declared a conflict of interest with that applicant */
            skippedConflicts: number;
        };
        AttendanceCellDto: {
            day: string;
            /** @description null = not marked (counts as absent) */
            present: boolean | null;
        };
        AttendanceMarkInputDto: {
            /** Format: uuid */
            enrolmentId: string;
            present: boolean;
        };
        AttendanceRowDto: {
            attendedDays: number;
            days: components["schemas"]["AttendanceCellDto"][];
            /** Format: uuid */
            employeeId: string;
            /** Format: uuid */
            enrolmentId: string;
            /** @description Whether the share meets the threshold so far */
            meetsThreshold: boolean;
            name: string;
            /** @description Null for a new CPNS until BKN issues the NIP */
            nip: string | null;
            /** @description attended / session days (0–1) */
            share: number;
            status: components["schemas"]["TrainingEnrolmentStatus"];
            unitName: string;
        };
        AttendanceSheetDto: {
            attendanceThreshold: number;
            /**
             * @example [
             *       "2026-05-11",
             *       "2026-05-12"
             *     ]
             */
            days: string[];
            rows: components["schemas"]["AttendanceRowDto"][];
            /** Format: uuid */
            sessionId: string;
        };
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
        BulkAssignResultDto: {
            /** @description Positions matched */
            positions: number;
            /** @description Standard levels written (added or changed) */
            written: number;
        };
        BulkAssignStandardDto: {
            classFrom?: number;
            classTo?: number;
            functionalLevel?: components["schemas"]["FunctionalLevel"];
            items: components["schemas"]["StandardItemInputDto"][];
            /**
             * Format: uuid
             * @description Only positions of this unit subtree (default: your scope)
             */
            orgUnitId?: string;
            positionKind: components["schemas"]["PositionKind"];
        };
        CancelTrainingSessionDto: {
            /** @example Narasumber berhalangan */
            reason?: string;
            /** @description The version you read; a stale one gets 409 */
            version?: number;
        };
        CertificateCheckDto: {
            /** @example SMG-2026-7K3Q9X */
            code: string;
            /**
             * @description The holder’s name, masked (first letter of each word; UU 27/2022)
             * @example S*** R*****
             */
            holderName: string;
            /**
             * @description When the participant completed the session
             * @example 2026-03-04T09:00:00.000Z
             */
            issuedAt: string;
            /** @example Badan Kepegawaian, Pendidikan dan Pelatihan Kota Semarang */
            issuer: string;
            /**
             * @description Lesson hours (JP, 45 minutes each)
             * @example 20
             */
            jp: number;
            /** @example Pelatihan Komunikasi Efektif */
            programTitle: string;
            /** @example 2026-03-04 */
            sessionEndsOn: string;
            /** @example 2026-03-02 */
            sessionStartsOn: string;
            /** @description Always true: an unknown or withdrawn code answers 404 */
            valid: boolean;
        };
        CompetencyDto: {
            active: boolean;
            /** @example M-KOM */
            code: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            /** @example Perawat */
            jobFamily: string | null;
            levels: components["schemas"]["CompetencyLevelDto"][];
            /** @example Komunikasi */
            name: string;
            softSkill: boolean;
            /** @description Position standards that use it */
            standardCount: number;
            type: components["schemas"]["CompetencyType"];
            version: number;
        };
        CompetencyLevelDto: {
            description: string;
            level: number;
        };
        CompetencyPage: {
            items: components["schemas"]["CompetencyDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        CompetencyType: "technical" | "managerial" | "socio_cultural";
        CompleteTrainingSessionDto: {
            /** @description Post-test scores (sessions with a pass mark) */
            postTestScores?: components["schemas"]["PostTestScoreInputDto"][];
            /** @description The version you read; a stale one gets 409 */
            version?: number;
        };
        CompletionOutcomeDto: {
            /**
             * Format: uuid
             * @description The post-test assessment recorded
             */
            assessmentId: string | null;
            attendedDays: number;
            certificateCode: string | null;
            /** Format: uuid */
            employeeId: string;
            /** Format: uuid */
            enrolmentId: string;
            /** @description JP added to the ledger */
            jp: number | null;
            name: string;
            postTestScore: number | null;
            raised: components["schemas"]["RaisedLevelDto"][];
            reasons: components["schemas"]["NotCompletedReason"][];
            share: number;
            status: components["schemas"]["CompletionStatus"];
        };
        /** @enum {string} */
        CompletionStatus: "completed" | "not_completed";
        CopyStandardDto: {
            /**
             * Format: uuid
             * @description The position whose standard is copied
             */
            fromPositionId: string;
            /** @description The revision of the target you read; a stale one gets 409 */
            revision: number;
        };
        CorrectScoresDto: {
            interview?: number;
            managerialSocioCultural?: number;
            /**
             * @description Why the score changes (shown in the audit)
             * @example Berita acara koreksi nilai BKN no. 12/2026: TIU salah input
             */
            reason: string;
            /** @description SKB components (0–100, ≤ 2 decimals) by the round’s keys, except interview */
            skbComponents?: {
                [key: string]: number;
            };
            technical?: number;
            /** @description Multiple of 5 */
            tiu?: number;
            tkp?: number;
            /** @description Multiple of 5 */
            twk?: number;
            /** @description The application version you read */
            version: number;
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
        CreateAssessmentDto: {
            /** @example 2026-10-14 */
            assessedOn: string;
            /** @example Laporan asesmen UPT Penilaian Kompetensi, No. 800/123 */
            evidence?: string;
            items: components["schemas"]["AssessmentItemInputDto"][];
            source: components["schemas"]["AssessmentSource"];
            /**
             * @description After this date it no longer counts
             * @example 2028-10-14
             */
            validUntil?: string;
        };
        CreateCompetencyDto: {
            /** @example T-ASKEP */
            code: string;
            description?: string;
            /** @example Perawat */
            jobFamily?: string;
            /** @description Exactly the five levels 1–5 */
            levels: components["schemas"]["CompetencyLevelDto"][];
            /** @example Asuhan Keperawatan */
            name: string;
            softSkill?: boolean;
            type: components["schemas"]["CompetencyType"];
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
        CreateDevelopmentPlanDto: {
            /**
             * @description Training budget in rupiah (> 0)
             * @example 150000000
             */
            budget: number;
            /**
             * Format: uuid
             * @description The unit (its whole subtree is planned)
             */
            unitId: string;
            /** @example 2027 */
            year: number;
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
        CreatePlanDto: {
            /**
             * @description Base year of the analysis (default: this year)
             * @example 2026
             */
            baseYear?: number;
            /**
             * @description Most the formations may cost a year, rupiah (> 0)
             * @example 25000000000
             */
            budgetCeiling: number;
            /**
             * @description Total city spending (belanja daerah), for the share against the 30 % cap
             * @example 5860000000000
             */
            cityBudget?: number;
            /**
             * @description Current personnel spending (belanja pegawai)
             * @example 1733000000000
             */
            currentPersonnelSpending?: number;
            /** @default cpns */
            defaultEmploymentType: components["schemas"]["EmploymentType"];
            /** @description Positions the optimiser must leave out */
            excludes?: string[];
            /** @default 5 */
            horizon: number;
            /**
             * @description Most formations in the plan (> 0)
             * @example 300
             */
            maxFormations: number;
            /** @example Usulan Formasi 2027 */
            name: string;
            notes?: string;
            /**
             * Format: uuid
             * @description Unit subtree the plan covers (operators: required, inside their unit; default for planners: the city)
             */
            orgUnitId?: string;
            pins?: components["schemas"]["PlanPinDto"][];
            /**
             * Format: uuid
             * @description Draft under a what-if scenario
             */
            scenarioId?: string;
            /**
             * @description The year the formations are for
             * @example 2027
             */
            year: number;
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
        CreateRatioNormDto: {
            active?: boolean;
            basis: components["schemas"]["NormBasis"];
            /** @example pupils */
            driverKey: string;
            /**
             * @description …or a job family with a unit kind (planners and admins)
             * @example Bidan
             */
            family?: string;
            legalBasis?: string | null;
            /**
             * @description subject_teacher: weekly lesson hours (JP) of the subject per class
             * @example 4
             */
            lessonHoursPerClass?: number | null;
            minimumPerUnit?: number | null;
            /** @example Guru kelas SD per rombel */
            name: string;
            /**
             * Format: uuid
             * @description Either a position (inside your scope)…
             */
            positionId?: string;
            /** @enum {string|null} */
            rounding?: "ceil" | "half_up" | "floor" | null;
            /** @example midwife */
            ruleField?: string | null;
            /** @enum {string|null} */
            schoolLevel?: "sd" | "smp" | "sma" | "smk" | null;
            /**
             * @description per_100k: staff per 100,000 (else the rule ratio.health_per_100k[ruleField])
             * @example 120
             */
            staffPer100k?: number | null;
            /** @example SDN- */
            unitCodePrefix?: string;
            unitKind?: components["schemas"]["UnitKind"];
            /**
             * @description per_driver: driver units one staff member serves
             * @example 150
             */
            unitsPerStaff?: number | null;
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
        CreateRoundAmendmentDto: {
            /**
             * @description Why (at least 10 characters); shown on the public page
             * @example Jadwal SKD diundur karena ketersediaan lokasi ujian dari BKN
             */
            reason: string;
            /** @description Rules; any part may be left out and keeps its current value (on create: the reference rules in force and the module defaults). Objects merge key by key; arrays replace. Every field is checked (weights sum to 1, grades within the maxima, keys unique…): 400 names its path, e.g. `rules.skbComponents.1.weight`. */
            rules?: components["schemas"]["RoundRulesDto"];
            schedule?: components["schemas"]["RoundSchedulePatchDto"];
            /** @description The version of the round you read; a stale one gets 409 */
            version: number;
        };
        CreateRoundDto: {
            /** @example CPNS-2026 */
            code: string;
            /** @example Seleksi CPNS Pemerintah Kota Semarang 2026 */
            name: string;
            /** @description Rules; any part may be left out and keeps its current value (on create: the reference rules in force and the module defaults). Objects merge key by key; arrays replace. Every field is checked (weights sum to 1, grades within the maxima, keys unique…): 400 names its path, e.g. `rules.skbComponents.1.weight`. */
            rules?: components["schemas"]["RoundRulesDto"];
            schedule: components["schemas"]["RoundScheduleDto"];
            type: components["schemas"]["RoundType"];
            /**
             * @description Formation year: vacancies come from approved plans of this year
             * @example 2026
             */
            year: number;
        };
        CreateScenarioDto: {
            /** @example 2026 */
            baseYear?: number;
            description?: string;
            /** @default 5 */
            horizon: number;
            /** @example Pensiun diperpanjang 2 tahun */
            name: string;
            /** Format: uuid */
            orgUnitId?: string;
            params: components["schemas"]["ScenarioParamsDto"];
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
        CreateTrainingActivityDto: {
            /**
             * Format: uuid
             * @description Whose activity (staff, for people of their subtree); omit for your own
             */
            employeeId?: string;
            /** @example Sertifikat webinar No. 12/WEB/2026, https://… */
            evidence?: string;
            /**
             * @description Lesson hours (JP, 45 minutes each), more than 0
             * @example 2
             */
            jp: number;
            kind: components["schemas"]["TrainingActivityInputKind"];
            /**
             * @description Not in the future
             * @example 2026-03-14
             */
            occurredOn: string;
            /** @example Webinar Manajemen Waktu bagi ASN */
            title: string;
        };
        CreateTrainingProgramDto: {
            /** @example PL-KOM-01 */
            code: string;
            /**
             * @default 0
             * @example 1500000
             */
            costPerParticipant: number;
            description?: string;
            /**
             * @description Lesson hours (JP), more than 0, one decimal
             * @example 24
             */
            jp: number;
            mode: components["schemas"]["TrainingMode"];
            /** @description Programs to complete first */
            prerequisiteIds?: string[];
            /** @example BPSDM Provinsi Jawa Tengah */
            provider?: string;
            /** @description Competencies raised and by how many levels (each once) */
            raises?: components["schemas"]["ProgramRaiseInputDto"][];
            /** @example Komunikasi Efektif dalam Pelayanan Publik */
            title: string;
            type: components["schemas"]["TrainingType"];
        };
        CreateTrainingSessionDto: {
            /**
             * @description Share of days to attend, 0–1 (default: the rule, 0.8)
             * @example 0.8
             */
            attendanceThreshold?: number;
            /** @example 30 */
            capacity: number;
            /**
             * @description Not before startsOn
             * @example 2026-05-13
             */
            endsOn: string;
            /**
             * @description Between enrolmentOpensOn and startsOn
             * @example 2026-05-04
             */
            enrolmentClosesOn: string;
            /** @example 2026-04-01 */
            enrolmentOpensOn: string;
            /** @example https://zoom.us/j/123 */
            link?: string;
            /**
             * Format: uuid
             * @description Organising unit (operators: their subtree, default their unit; planners: default city-wide)
             */
            organiserUnitId?: string;
            /**
             * @description Post-test pass mark 0–100; omit for no post-test
             * @example 70
             */
            postTestPassScore?: number;
            /** Format: uuid */
            programId: string;
            /** @example 2026-05-11 */
            startsOn: string;
            trainer?: string;
            /**
             * @description Venue or link (at least one)
             * @example Aula BKPP, Jl. Pemuda 148
             */
            venue?: string;
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
        CreateVacancyDto: {
            /**
             * @description Maximum age for this position (e.g. 40 for specialists)
             * @example 40
             */
            ageMax?: number;
            /**
             * @description Unique in the round; default from the unit code and the position title
             * @example DINKES-PERAWAT-01
             */
            code?: string;
            /** @description Default: the levels of the line’s education requirement */
            educationLevels?: components["schemas"]["EducationLevel"][];
            /**
             * @description Minimum GPA for this vacancy (overrides the round’s)
             * @example 3
             */
            gpaMin?: number;
            /**
             * @description Majors accepted; empty = any major of those levels
             * @example [
             *       "Keperawatan",
             *       "Ilmu Keperawatan"
             *     ]
             */
            majors?: string[];
            /**
             * Format: uuid
             * @description A line of an approved formation plan of the round’s year and type
             */
            planLineId: string;
            /** @description Seats per category: together at least 1, at most what remains on the line */
            quotas: components["schemas"]["VacancyQuotasInputDto"];
        };
        CreateWisnStudyDto: {
            activities: components["schemas"]["WisnActivityDto"][];
            /**
             * @description C: annual leave
             * @example 12
             */
            annualLeave: number;
            categoryAllowances: components["schemas"]["WisnCategoryAllowanceDto"][];
            /** @example Perawat */
            family: string;
            /** @example 7.5 */
            hoursPerDay: number;
            /**
             * @description Default: hoursPerDay × 5
             * @example 37.5
             */
            hoursPerWeek?: number;
            individualAllowances: components["schemas"]["WisnIndividualAllowanceDto"][];
            notes?: string;
            /**
             * @description E: other absence (training…)
             * @example 5
             */
            otherLeave: number;
            /**
             * @description B: public holidays
             * @example 15
             */
            publicHolidays: number;
            /**
             * @description D: sick leave
             * @example 10
             */
            sickLeave: number;
            /** Format: uuid */
            unitId: string;
            /**
             * @description A: working days a year
             * @example 260
             */
            workingDaysPerYear: number;
            /** @example 2025 */
            year: number;
        };
        CreateWorkloadTaskDto: {
            /** @example Memverifikasi berkas usulan kenaikan pangkat */
            description: string;
            /** @example 30 */
            minutesPerUnit: number;
            /** @example berkas */
            outputUnit: string;
            sortOrder?: number;
            /** @example 20 */
            volume: number;
            /** @default year */
            volumePeriod: components["schemas"]["VolumePeriod"];
        };
        DecideActivityDto: {
            reason?: string;
        };
        DecideEnrolmentDto: {
            /** @example Jadwal pelayanan penuh */
            reason?: string;
        };
        DeclarationResultDto: {
            /** Format: date-time */
            declaredAt: string | null;
            /** Format: uuid */
            id: string;
            noConflict: boolean;
            /** @description The assignment’s version to send with the scores (null once withdrawn) */
            version: number | null;
            /** @description true: a conflict was declared and the assignment withdrawn; the committee assigns another panelist */
            withdrawn: boolean;
        };
        DeclareNoConflictDto: {
            /** @description true: no conflict of interest with the applicant; false: a conflict, the assignment is withdrawn */
            noConflict: boolean;
            /** @description The declaration or the nature of the conflict (kept in the audit trail) */
            statement?: string;
        };
        DevelopmentPlanDto: {
            approvedAt: string | null;
            approvedByName: string | null;
            /** @description Rupiah */
            budget: number;
            createdAt: string;
            createdByName: string | null;
            /** Format: uuid */
            id: string;
            /** @description One line per program, with the participants chosen */
            lines: components["schemas"]["DevelopmentPlanLineDto"][];
            status: components["schemas"]["DevelopmentPlanStatus"];
            summary: components["schemas"]["DevelopmentPlanSummaryDto"];
            /** Format: uuid */
            unitId: string;
            unitName: string;
            updatedAt: string;
            version: number;
            year: number;
        };
        DevelopmentPlanLineCompetencyDto: {
            code: string;
            /** Format: uuid */
            competencyId: string;
            /** @description Levels closed over the participants */
            levelsClosed: number;
            name: string;
            /** @description Participants below standard on it */
            people: number;
        };
        DevelopmentPlanLineDto: {
            competencies: components["schemas"]["DevelopmentPlanLineCompetencyDto"][];
            /** @description Rupiah: cost per participant × participants */
            cost: number;
            /** @description Rupiah per participant */
            costPerParticipant: number;
            employees: components["schemas"]["DevelopmentPlanParticipantDto"][];
            /** @description Levels of shortfall the line closes */
            gapClosed: number;
            jp: number;
            participants: number;
            programCode: string;
            /** Format: uuid */
            programId: string;
            programTitle: string;
            /** @example 3 peserta; menutup 5 level: Komunikasi 3 level (3 orang), Integritas 2 level (2 orang) */
            reason: string;
        };
        DevelopmentPlanLineInputDto: {
            /** @description The participants (employees of the plan’s unit subtree) */
            employeeIds: string[];
            /** Format: uuid */
            programId: string;
        };
        DevelopmentPlanListItemDto: {
            approvedByName: string | null;
            budget: number;
            cost: number;
            gapClosed: number;
            /** Format: uuid */
            id: string;
            lines: number;
            status: components["schemas"]["DevelopmentPlanStatus"];
            /** Format: uuid */
            unitId: string;
            unitName: string;
            updatedAt: string;
            version: number;
            year: number;
        };
        DevelopmentPlanPage: {
            items: components["schemas"]["DevelopmentPlanListItemDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        DevelopmentPlanParticipantDto: {
            /** Format: uuid */
            employeeId: string;
            /** @description Levels this participant’s attendance closes (given their other lines) */
            gapClosed: number;
            name: string;
        };
        /** @enum {string} */
        DevelopmentPlanStatus: "draft" | "approved";
        DevelopmentPlanSummaryDto: {
            /** @description Rupiah: budget − cost */
            budgetLeft: number;
            /** @description Person × program pairs that could close some gap */
            candidates: number;
            /** @description Rupiah */
            cost: number;
            /** @description Active employees of the subtree when drafted */
            employees: number;
            /** @description Levels of shortfall closed */
            gapClosed: number;
            /** @description Gap the marginal greedy would close with the same budget (the draft is never below it) */
            greedyGapClosed: number;
            /** @description Pairs of the plan whose prerequisites are not completed or that repeat a completed program (hand edits only) */
            ineligible: number;
            /** @description How the lines were chosen (manual once edited by hand) */
            method: components["schemas"]["PlanMethod"];
            /** @description Seats (person × program) */
            participants: number;
            /** @description Distinct people */
            people: number;
            /** @description Σ shortfall of the assessed people of the subtree when drafted (levels) */
            totalShortfall: number;
        };
        DocumentDto: {
            /** @example application/pdf */
            contentType: string;
            fileName: string;
            /** @example ijazah */
            kind: string;
            sha256: string;
            size: number;
            /** Format: date-time */
            uploadedAt: string;
        };
        /**
         * @description Levels read from educationRequired (the vacancy default)
         * @enum {string}
         */
        EducationLevel: "SMA" | "D1" | "D2" | "D3" | "D4" | "S1" | "PROFESI" | "S2" | "S3";
        EffectivenessCategoryDto: {
            /** @example A */
            grade: string;
            /** @example Sangat Baik */
            label: string;
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
            /**
             * @description Null for a new CPNS appointed before BKN issued the NIP (set it later with PATCH)
             * @example 196608011988031001
             */
            nip: string | null;
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
            /**
             * @description Null for a new CPNS appointed before BKN issued the NIP (set it later with PATCH)
             * @example 196608011988031001
             */
            nip: string | null;
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
        EmployeeGapDto: {
            /** @description Of them, assessed */
            assessedCount: number;
            /** @description Date of the latest assessment counted */
            assessedOn: string | null;
            belowStandard: number;
            category: components["schemas"]["JpmCategoryDto"] | null;
            /** Format: uuid */
            employeeId: string;
            /** @description Each competency (when asking for one employee) */
            items?: components["schemas"]["GapItemDto"][];
            /** @description JPM % over the assessed competencies, 2 decimals; null when none is assessed */
            jpmPercent: number | null;
            name: string;
            /** @description Null for a new CPNS until BKN issues the NIP */
            nip: string | null;
            /** Format: uuid */
            positionId: string | null;
            positionTitle: string | null;
            /** @description Competencies in the position standard */
            required: number;
            unitName: string;
        };
        EmployeeHoursDto: {
            /** Format: uuid */
            employeeId: string;
            /** @description JP approved in the year */
            jp: number;
            /** @description Reached the JP owed */
            met: boolean;
            name: string;
            /** @description Null for a new CPNS until BKN issues the NIP */
            nip: string | null;
            /** @description Met, or projected to meet by year end */
            onPace: boolean;
            /** @example 20 */
            owed: number;
            /** @description JP recorded and waiting for approval */
            pendingJp: number;
            /** @description JP at year end at the current pace */
            projected: number;
            remaining: number;
            unitName: string;
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
        EmploymentType: "cpns" | "pppk";
        EnrolDto: {
            /**
             * Format: uuid
             * @description Whom to enrol (operators, planners); omit to request a seat for yourself
             */
            employeeId?: string;
        };
        ExplainNodeDto: {
            children: components["schemas"]["ExplainNodeDto"][];
            /** @example Σ volume × menit */
            formula?: string;
            /** @example Beban kerja */
            label: string;
            note?: string;
            /** @example half_up */
            rounding?: string;
            rule?: components["schemas"]["RuleRefDto"];
            /** @example menit */
            unit?: string;
            value: number | null;
        };
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
        FinalScoreCalculationDto: {
            /**
             * Format: uuid
             * @description Use this round's weights (default: the reference rule in force today)
             */
            roundId?: string;
            /**
             * @description SKB score on 0–100 (up to 3 decimals)
             * @example 80
             */
            skbScore: number;
            /**
             * @description SKD total (TWK + TIU + TKP)
             * @example 420
             */
            skdTotal: number;
        };
        FinalScoreResultDto: {
            /**
             * @description skdPart + skbPart, rounded half-up to 2 decimals
             * @example 78.55
             */
            finalScore: number;
            ruleVersion: components["schemas"]["RecruitmentRuleVersionDto"];
            /**
             * @description skbWeight × SKB, full precision
             * @example 48
             */
            skbPart: number;
            /** @example 80 */
            skbScore: number;
            /** @example 0.6 */
            skbWeight: number;
            /** @example 550 */
            skdMax: number;
            /**
             * @description skdWeight × SKD / skdMax × 100, full precision
             * @example 30.545454545454547
             */
            skdPart: number;
            /**
             * @description SKD / skdMax × 100, rounded half-up to 2 decimals (shown; the final score uses the unrounded value)
             * @example 76.36
             */
            skdScaled: number;
            /** @example 420 */
            skdTotal: number;
            /** @example 0.4 */
            skdWeight: number;
        };
        FinalScoreRuleDto: {
            /**
             * @description skdWeight + skbWeight = 1
             * @example 0.6
             */
            skbWeight: number;
            /** @example 0.4 */
            skdWeight: number;
        };
        FinalScoresDto: {
            finalScore: number | null;
            interviewScore: number | null;
            /** @description PPPK: interview */
            pppkInterview: number | null;
            /** @description PPPK: managerial + socio-cultural */
            pppkManagerial: number | null;
            /** @description PPPK: technical */
            pppkTechnical: number | null;
            /** @description Rank within the vacancy and category */
            rank: number | null;
            /** @description SKB components { key: 0–100 } */
            skbComponents: Record<string, never> | null;
            skbScore: number | null;
        };
        /** @enum {string} */
        FunctionalLevel: "pemula" | "terampil" | "mahir" | "penyelia" | "ahli_pertama" | "ahli_muda" | "ahli_madya" | "ahli_utama";
        FunnelBreakdownDto: {
            adminPassed: number;
            applicants: number;
            appointed: number;
            /**
             * @description Gender (L/P) or education level
             * @example P
             */
            key: string;
            passed: number;
            /** @description Percent of its applicants who passed */
            passRate: number | null;
            /** @description CPNS only */
            shortlisted: number | null;
            /** @description CPNS only */
            skdPassed: number | null;
        };
        FunnelDto: {
            applicants: number;
            /** @example 42.5 */
            applicantsPerSeat: number | null;
            byEducation: components["schemas"]["FunnelBreakdownDto"][];
            byGender: components["schemas"]["FunnelBreakdownDto"][];
            byVacancy: components["schemas"]["FunnelVacancyDto"][];
            roundCode: string;
            /** Format: uuid */
            roundId: string;
            roundType: components["schemas"]["RoundType"];
            /** @description Seats of the vacancies counted (the vacancy, or the round within your subtree) */
            seats: number;
            /** @description CPNS: registered → admin passed → SKD passed → shortlisted → passed → appointed; PPPK without the SKD stages */
            stages: components["schemas"]["FunnelStageDto"][];
            timeInStage: components["schemas"]["FunnelDurationDto"][];
            /** Format: uuid */
            vacancyId: string | null;
        };
        FunnelDurationDto: {
            /** @description Applications with both timestamps */
            applications: number;
            /**
             * @description The timestamp the interval starts at
             * @example createdAt
             */
            from: string;
            interval: components["schemas"]["FunnelInterval"];
            /**
             * @description Mean days between the two (2 decimals)
             * @example 6.25
             */
            meanDays: number | null;
            /** @example adminDecidedAt */
            to: string;
        };
        /** @enum {string} */
        FunnelInterval: "administrative" | "skd" | "skb" | "ranking" | "selection" | "appointment";
        /** @enum {string} */
        FunnelStage: "registered" | "admin_passed" | "skd_passed" | "shortlisted" | "passed" | "appointed";
        FunnelStageDto: {
            /** @description Applications that reached the stage */
            count: number;
            /**
             * @description Percent of all applicants
             * @example 12.5
             */
            ofApplicants: number | null;
            /**
             * @description Percent of the previous stage (null for the first, or when it is empty)
             * @example 62.5
             */
            passRate: number | null;
            stage: components["schemas"]["FunnelStage"];
        };
        FunnelVacancyDto: {
            applicants: number;
            applicantsPerSeat: number | null;
            appointed: number;
            code: string;
            passed: number;
            positionTitle: string;
            seats: number;
            unitName: string;
            /** Format: uuid */
            vacancyId: string;
        };
        GapItemDto: {
            /** @description Latest valid assessed level; null when never assessed */
            assessed: number | null;
            assessedOn: string | null;
            code: string;
            /** Format: uuid */
            competencyId: string;
            gap: number | null;
            name: string;
            required: number;
            type: components["schemas"]["CompetencyType"];
        };
        GapPageDto: {
            capAtStandard: boolean;
            items: components["schemas"]["EmployeeGapDto"][];
            page: number;
            pageSize: number;
            /** @description Over every employee matching the scope (all pages) */
            summary: components["schemas"]["GapSummaryDto"];
            total: number;
        };
        /** @enum {string} */
        GapSort: "jpm" | "name" | "belowStandard";
        GapSummaryDto: {
            cukupOptimal: number;
            employees: number;
            kurangOptimal: number;
            /** @description Mean JPM % of the assessed */
            meanJpm: number | null;
            notAssessed: number;
            optimal: number;
        };
        /** @enum {string} */
        Gender: "L" | "P";
        HeadcountByStatusDto: {
            cpns: number;
            pns: number;
            pppk: number;
            total: number;
        };
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
        HeatmapCellDto: {
            /** @description Of them, assessed */
            assessed: number;
            /** @description Of the assessed, below standard */
            below: number;
            /** Format: uuid */
            competencyId: string;
            /** @description People whose standard has the competency */
            people: number;
            /** @description below / assessed (0–1); null when nobody is assessed */
            share: number | null;
            /** Format: uuid */
            unitId: string;
        };
        HeatmapCompetencyDto: {
            code: string;
            /** Format: uuid */
            id: string;
            name: string;
        };
        HeatmapDto: {
            cells: components["schemas"]["HeatmapCellDto"][];
            competencies: components["schemas"]["HeatmapCompetencyDto"][];
            computeMs: number;
            units: components["schemas"]["HeatmapUnitDto"][];
        };
        HeatmapUnitDto: {
            employees: number;
            /** Format: uuid */
            id: string;
            name: string;
        };
        HoursSummaryDto: {
            /** @description Not on pace to reach it by year end */
            behind: number;
            employees: number;
            meanJp: number | null;
            /** @description Reached the JP owed */
            meeting: number;
            /** @description Share of employees meeting (0–1) */
            meetingShare: number;
        };
        IkmCalculationDto: {
            /**
             * @description The nine element means (NRR, 1–4)
             * @example [
             *       3.2,
             *       3.1,
             *       3,
             *       3.4,
             *       3.5,
             *       3.3,
             *       3.6,
             *       2.9,
             *       3.2
             *     ]
             */
            elementMeans?: number[];
            /**
             * @description Population served in the period (N): the response carries the minimum sample
             * @example 1000
             */
            population?: number;
            /**
             * @description Responses: nine answers each (1–4; null for an element left unanswered, left out of its mean). Either this or elementMeans.
             * @example [
             *       [
             *         4,
             *         3,
             *         3,
             *         4,
             *         3,
             *         4,
             *         4,
             *         null,
             *         3
             *       ],
             *       [
             *         3,
             *         3,
             *         4,
             *         4,
             *         3,
             *         3,
             *         4,
             *         3,
             *         3
             *       ]
             *     ]
             */
            responses?: (number | null)[][];
        };
        IkmElementDto: {
            /** @description Answers counted (0 when means were sent) */
            answered: number;
            /** @example persyaratan */
            key: string;
            /**
             * @description Mean of the answers given (NRR), 4 decimals
             * @example 3.2
             */
            mean: number;
        };
        /** @enum {string} */
        IkmGrade: "A" | "B" | "C" | "D";
        IkmResultDto: {
            /**
             * @description index × 25, 2 decimals
             * @example 81.11
             */
            convertedIndex: number;
            /** @description The nine element means (NRR), 4 decimals */
            elementMeans: number[];
            elements: components["schemas"]["IkmElementDto"][];
            /** @example B */
            grade: components["schemas"]["IkmGrade"];
            /**
             * @description Σ NRR / 9, 4 decimals
             * @example 3.2444
             */
            index: number;
            /** @example Baik */
            label: string;
            /**
             * @description Krejcie & Morgan minimum sample for the population sent
             * @example 278
             */
            minimumSample: number | null;
            /** @description Responses counted (0 when means were sent) */
            responses: number;
            ruleVersion: components["schemas"]["PerformanceRuleVersionDto"];
            /** @description Whether the responses reach the minimum sample */
            sampleSufficient: boolean | null;
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
        InterviewApplicantDto: {
            /** Format: uuid */
            applicationId: string;
            category: string;
            educationLevel: string;
            gpa: number;
            graduationYear: number | null;
            institution: string | null;
            major: string;
            name: string;
            registrationNumber: string;
        };
        InterviewDto: {
            /** @description No NIK and no scores of other stages */
            applicant: components["schemas"]["InterviewApplicantDto"];
            /**
             * Format: date-time
             * @description When the panelist declared no conflict of interest
             */
            declaredAt: string | null;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** @description The other panelists and the panel summary; null while hidden */
            others: components["schemas"]["InterviewOthersDto"] | null;
            /** @description true while the panelist has not submitted: the other panelists’ scores are withheld */
            othersHidden: boolean;
            /** Format: uuid */
            panelistId: string;
            panelistName: string;
            positionTitle: string;
            /** Format: uuid */
            roundId: string;
            roundName: string;
            rubric: components["schemas"]["RubricCriterionDto"][];
            score: number | null;
            /** @description The scores of this assignment */
            scores: {
                [key: string]: number;
            } | null;
            /** Format: date-time */
            submittedAt: string | null;
            unitName: string;
            vacancyCode: string;
            /** Format: uuid */
            vacancyId: string;
            version: number;
        };
        InterviewListItemDto: {
            applicantName: string;
            /** Format: uuid */
            applicationId: string;
            /** @description No conflict of interest declared */
            declared: boolean;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            panelistId: string;
            panelistName: string;
            positionTitle: string;
            registrationNumber: string;
            /** Format: uuid */
            roundId: string;
            /** @description This panelist’s score (0–100) once submitted */
            score: number | null;
            submitted: boolean;
            /** Format: date-time */
            submittedAt: string | null;
            unitName: string;
            vacancyCode: string;
            /** Format: uuid */
            vacancyId: string;
            version: number;
        };
        InterviewOthersDto: {
            /** @description The other panelists, with their scores once submitted */
            panelists: components["schemas"]["PanelistScoresDto"][];
            summary: components["schemas"]["PanelSummaryDto"];
        };
        InterviewPage: {
            items: components["schemas"]["InterviewListItemDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        InterviewRuleDto: {
            /**
             * @description Panelists per applicant (at least 2)
             * @example 2
             */
            minPanelists: number;
            rubric: components["schemas"]["RubricCriterionDto"][];
            /**
             * @description Spread between panelists (0–100 scale) above which the applicant is flagged for review
             * @example 20
             */
            spreadLimit: number;
        };
        /** @enum {string} */
        InterviewStatus: "pending" | "submitted";
        InterviewSummaryDto: {
            /** @description Panelists assigned */
            assigned: number;
            /** @description Spread between panelists above the round limit */
            flagged: boolean;
            /** @description Mean of the submitted scores (0–100) */
            mean: number | null;
            /** @description Panelists who submitted their scores */
            submitted: number;
        };
        JpmCalculationDto: {
            /** @description Count each assessed level at most at its standard (default: the rule competency.jpm) */
            capAtStandard?: boolean;
            items: components["schemas"]["JpmItemDto"][];
        };
        JpmCategoryDto: {
            /** @example optimal */
            code: string;
            /** @example Optimal */
            label: string;
        };
        /** @enum {string} */
        JpmFilter: "optimal" | "cukup_optimal" | "kurang_optimal" | "not_assessed";
        JpmItemDto: {
            /** @example 4 */
            assessed: number;
            /** @example 3 */
            required: number;
        };
        JpmItemResultDto: {
            /** @example 4 */
            assessed: number;
            /** @description The level counted (capped at the standard when capAtStandard) */
            counted: number;
            /** @description assessed − required (negative: below standard) */
            gap: number;
            /** @example 3 */
            required: number;
        };
        JpmResultDto: {
            assessedTotal: number;
            belowStandard: number;
            capAtStandard: boolean;
            category: components["schemas"]["JpmCategoryDto"];
            items: components["schemas"]["JpmItemResultDto"][];
            /**
             * @description Full precision
             * @example 96.2962962963
             */
            jpmPercent: number;
            /**
             * @description Rounded to 2 decimals, half up: the category is read on it
             * @example 96.3
             */
            jpmPercentRounded: number;
            requiredTotal: number;
            /** @example 2019-01-01 */
            ruleEffectiveFrom: string;
            /** @example competency.jpm */
            ruleKey: string;
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
        MarkAttendanceDto: {
            /**
             * @description A day of the session, not in the future
             * @example 2026-05-11
             */
            day: string;
            marks: components["schemas"]["AttendanceMarkInputDto"][];
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
        MyEnrolmentDto: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["TrainingEnrolmentStatus"];
        };
        NeedsDashboardDto: {
            /** @description Per position kind */
            byKind: components["schemas"]["AnalysisRowDto"][];
            /** @description Per sector */
            bySector: components["schemas"]["AnalysisRowDto"][];
            computeMs: number;
            /** @description Doctors, nurses and midwives per 1,000 population in the subtree (WHO SDG threshold beside it) */
            healthWorkersPer1000: number | null;
            /** @description Units with the largest base-year shortage (top 15) */
            topUnits: components["schemas"]["AnalysisRowDto"][];
            totals: components["schemas"]["AnalysisTotalsDto"];
            whoThresholdPer1000: number | null;
            /** @description Worst-covered services: positions with the highest priority (top 15) */
            worstCovered: components["schemas"]["AnalysisRowDto"][];
            years: number[];
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
        /** @enum {string} */
        NormBasis: "per_driver" | "per_100k" | "class_teacher" | "subject_teacher";
        /**
         * @description Why it was not completed
         * @enum {string}
         */
        NotCompletedReason: "attendance_below_threshold" | "post_test_missing" | "post_test_failed";
        OptimisePlanDto: {
            /** @example 25000000000 */
            budgetCeiling?: number;
            /** @example 300 */
            maxFormations?: number;
            /** @description The plan version you read; a stale one gets 409 */
            version: number;
        };
        OptimiserSummaryDto: {
            at: string;
            candidates: number;
            /** @description What greedy by weight per cost reaches */
            greedyObjective: number;
            /**
             * @description highs (exact integer programme) or greedy
             * @example highs
             */
            method: string;
            ms: number;
            /** @description Σ weight × quantity */
            objective: number;
            /** @description The solver’s answer was trimmed to fit the budget exactly */
            repaired?: boolean;
            /** @description Why the exact solver gave no answer (greedy was kept) */
            solverError?: string;
            /** @example optimal */
            status: string;
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
        PanelistDto: {
            /** @example Panitia Seleksi ASN */
            displayName: string;
            /** Format: uuid */
            id: string;
            /** @description The unit the user belongs to, when any */
            unitName: string | null;
            /** @example panel.seleksi */
            username: string;
        };
        PanelistScoresDto: {
            /** Format: date-time */
            declaredAt: string | null;
            /**
             * Format: uuid
             * @description The assignment
             */
            id: string;
            note: string | null;
            /** Format: uuid */
            panelistId: string;
            panelistName: string;
            /** @description Σ scores / Σ max × 100 (2 decimals) */
            score: number | null;
            scores: {
                [key: string]: number;
            } | null;
            /** Format: date-time */
            submittedAt: string | null;
            version: number;
        };
        PanelSummaryDto: {
            /** @description Assigned panelists */
            assigned: number;
            /** @description Spread above the limit: the applicant needs review */
            flagged: boolean;
            /** @description Mean of the submitted scores (3 decimals): the interview score */
            mean: number | null;
            minPanelists: number;
            /** @description Highest − lowest submitted score */
            spread: number | null;
            spreadLimit: number;
            /** @description Panelists who submitted */
            submitted: number;
        };
        /** @enum {string} */
        PerformancePredicate: "sangat_baik" | "baik" | "butuh_perbaikan" | "kurang" | "sangat_kurang";
        /**
         * @description Result rating (hasil kerja): above, meets or below expectations
         * @enum {string}
         */
        PerformanceRating: "above" | "meets" | "below";
        PerformanceRuleVersionDto: {
            /**
             * @description The date the version took effect
             * @example 2022-01-01
             */
            effectiveFrom: string;
            /** @example performance.predicate_matrix */
            key: string;
            /** @example PermenPAN-RB No. 6 Tahun 2022 */
            legalBasis: string;
        };
        PersonnelSpendingDto: {
            /** @example 30 */
            capPercent: number;
            cityBudget: number;
            /** @example 29.58 */
            currentPercent: number;
            currentPersonnelSpending: number;
            /** @description Rupiah left under the cap after this plan (negative: over) */
            headroom: number;
            /** @description With this plan’s yearly cost added */
            projectedPercent: number;
            withinCap: boolean;
        };
        PlanDto: {
            /** @description Actions the caller may take now: edit, submit, verify, approve, reject, copy */
            allowedActions: string[];
            annualCost: number;
            baseYear: number;
            budgetCeiling: number;
            cityBudget: number | null;
            /** Format: uuid */
            copiedFromId: string | null;
            createdAt: string;
            createdByName: string | null;
            currentPersonnelSpending: number | null;
            decidedAt: string | null;
            decidedByName: string | null;
            defaultEmploymentType: components["schemas"]["EmploymentType"];
            formations: number;
            horizon: number;
            /** Format: uuid */
            id: string;
            lines: components["schemas"]["PlanLineDto"][];
            maxFormations: number;
            name: string;
            notes: string | null;
            optimiser: components["schemas"]["OptimiserSummaryDto"] | null;
            /** Format: uuid */
            orgUnitId: string | null;
            /** @example Pemerintah Kota Semarang */
            orgUnitName: string;
            /** @description Share of the city budget against the legal cap (when budget figures are given) */
            personnelSpending: components["schemas"]["PersonnelSpendingDto"] | null;
            rejectionReason: string | null;
            /** @description Revision in its lineage (a copy of an approved plan is +1) */
            revision: number;
            /** Format: uuid */
            scenarioId: string | null;
            status: components["schemas"]["PlanStatus"];
            submittedAt: string | null;
            submittedByName: string | null;
            totals: components["schemas"]["PlanTotalsDto"];
            /** @description Shortages the plan leaves uncovered, by weight (top 50): a snapshot of the candidates when the plan was drafted; raise a line to cover more */
            uncovered: components["schemas"]["UncoveredLineDto"][];
            updatedAt: string;
            verifiedAt: string | null;
            verifiedByName: string | null;
            version: number;
            year: number;
        };
        PlanLineDto: {
            /** @description quantity × annualCostPerPerson */
            annualCost: number;
            /** @example 59000000 */
            annualCostPerPerson: number;
            class: number | null;
            educationRequired: string | null;
            employmentType: components["schemas"]["EmploymentType"];
            excluded: boolean;
            /** Format: uuid */
            id: string;
            kind: string;
            pinned: boolean;
            /** Format: uuid */
            positionId: string;
            positionTitle: string;
            quantity: number;
            /**
             * @description Entry rank the cost is for
             * @example III/a
             */
            rank: string | null;
            /** @description Why the line is there (optimiser or planner) */
            reason: string | null;
            sector: string;
            /** @description Shortage in the plan year: the most the line may propose */
            shortage: number;
            unitCode: string;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            version: number;
            /** @description Value of one formation (sector weight × pressure) */
            weight: number;
        };
        /**
         * @description How the lines were chosen (manual once edited by hand)
         * @enum {string}
         */
        PlanMethod: "highs" | "greedy" | "manual";
        PlanPage: {
            items: components["schemas"]["PlanSummaryDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        PlanPinDto: {
            /** Format: uuid */
            positionId: string;
            /**
             * @description Formations to keep for this position whatever the optimiser says
             * @example 2
             */
            quantity: number;
        };
        /** @enum {string} */
        PlanSort: "year" | "name" | "status" | "updatedAt" | "formations" | "cost";
        /** @enum {string} */
        PlanStatus: "draft" | "submitted" | "verified" | "approved" | "rejected";
        PlanSummaryDto: {
            annualCost: number;
            budgetCeiling: number;
            createdByName: string | null;
            formations: number;
            /** Format: uuid */
            id: string;
            maxFormations: number;
            name: string;
            /** Format: uuid */
            orgUnitId: string | null;
            /** @example Pemerintah Kota Semarang */
            orgUnitName: string;
            /** @description Revision in its lineage (a copy of an approved plan is +1) */
            revision: number;
            status: components["schemas"]["PlanStatus"];
            submittedByName: string | null;
            updatedAt: string;
            version: number;
            year: number;
        };
        PlanTotalsDto: {
            annualCost: number;
            budgetLeft: number;
            /** @description Shortage the plan covers */
            covered: number;
            cpns: number;
            formations: number;
            formationsLeft: number;
            pppk: number;
            /** @description Σ shortage of the candidate lines */
            shortage: number;
            uncovered: number;
            /** @description Yearly cost of covering the rest */
            uncoveredCost: number;
            weightedCovered: number;
            weightedShortage: number;
        };
        PlanTransitionDto: {
            /** @description A note kept in the audit trail */
            note?: string;
            /** @description The plan version you read; a stale one gets 409 */
            version: number;
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
        PositionExplainDto: {
            basis: string;
            method: string;
            /** Format: uuid */
            positionId: string;
            row: components["schemas"]["AnalysisRowDto"];
            title: string;
            /** @description From inputs to result */
            tree: components["schemas"]["ExplainNodeDto"];
            /** Format: uuid */
            unitId: string;
            unitName: string;
            years: number[];
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
        PositionStandardDto: {
            items: components["schemas"]["StandardItemDto"][];
            /** Format: uuid */
            positionId: string;
            positionTitle: string;
            /** @description Changes whenever the standard changes: send it back with a replacement (409 when stale) */
            revision: number;
            unitName: string;
        };
        PositionWorkloadDto: {
            /** @description Active employees holding the position */
            existing: number;
            /** @description The position’s needs method; tasks count only when it is `workload` */
            needsMethod: string;
            /** Format: uuid */
            positionId: string;
            positionTitle: string;
            result: components["schemas"]["WorkloadResultDto"];
            tasks: components["schemas"]["WorkloadTaskDto"][];
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        PostTestScoreInputDto: {
            /** Format: uuid */
            enrolmentId: string;
            /** @example 82.5 */
            score: number;
        };
        PppkMaxDto: {
            /** @example 40 */
            interview: number;
            /** @example 180 */
            managerialSocioCultural: number;
            /** @example 450 */
            technical: number;
            /** @example 670 */
            total: number;
        };
        PppkRuleDto: {
            max: components["schemas"]["PppkMaxDto"];
        };
        PredicateCalculationDto: {
            /** @description Behaviour rating (perilaku kerja, BerAKHLAK) */
            behaviourRating: components["schemas"]["PerformanceRating"];
            /** @description Result rating (hasil kerja): above, meets or below expectations */
            resultRating: components["schemas"]["PerformanceRating"];
        };
        PredicateResultDto: {
            behaviourRating: components["schemas"]["PerformanceRating"];
            /** @description Butuh Perbaikan or worse: a recorded coaching dialogue with a follow-up plan is required */
            coachingRequired: boolean;
            /** @example Baik */
            label: string;
            predicate: components["schemas"]["PerformancePredicate"];
            resultRating: components["schemas"]["PerformanceRating"];
            ruleVersion: components["schemas"]["PerformanceRuleVersionDto"];
        };
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
        ProgramRaiseDto: {
            code: string;
            /** Format: uuid */
            competencyId: string;
            /**
             * @description Levels the program raises the competency by
             * @example 1
             */
            levels: number;
            name: string;
        };
        ProgramRaiseInputDto: {
            /** Format: uuid */
            competencyId: string;
            /**
             * @description Levels the program raises the competency by
             * @example 1
             */
            levels: number;
        };
        ProgramRefDto: {
            code: string;
            /** Format: uuid */
            id: string;
            title: string;
        };
        PublicAppealDto: {
            answer: string | null;
            /**
             * @description The committee answers by this day
             * @example 2026-02-20
             */
            answerBy: string;
            /** Format: date-time */
            answeredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            reason: string;
            status: components["schemas"]["AppealStatus"];
        };
        PublicationDto: {
            contentHash: string;
            note: string | null;
            /** Format: date-time */
            publishedAt: string;
            publishedByName: string;
            /** Format: uuid */
            resultId: string;
            seq: number;
            stage: components["schemas"]["ResultStage"];
            vacancies: components["schemas"]["ResultVacancySummaryDto"][];
        };
        PublicRecruitmentRoundPage: {
            items: components["schemas"]["PublicRoundSummaryDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        PublicRoundAmendmentDto: {
            changes: components["schemas"]["ValueChangeDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            reason: string;
        };
        PublicRoundDto: {
            /** @description Changes after publication, oldest first, each with its reason */
            amendments: components["schemas"]["PublicRoundAmendmentDto"][];
            code: string;
            counts: components["schemas"]["RoundCountsDto"];
            /** Format: uuid */
            id: string;
            name: string;
            phase: components["schemas"]["RoundPhase"];
            /** Format: date-time */
            publishedAt: string | null;
            /** @description The rules in force (as published, with every amendment applied) */
            rules: components["schemas"]["RoundRulesDto"];
            schedule: components["schemas"]["RoundScheduleDto"];
            status: components["schemas"]["RoundStatus"];
            type: components["schemas"]["RoundType"];
            vacancies: components["schemas"]["PublicVacancyDto"][];
            year: number;
        };
        PublicRoundSummaryDto: {
            code: string;
            counts: components["schemas"]["RoundCountsDto"];
            /** Format: uuid */
            id: string;
            name: string;
            phase: components["schemas"]["RoundPhase"];
            /** Format: date-time */
            publishedAt: string | null;
            schedule: components["schemas"]["RoundScheduleDto"];
            status: components["schemas"]["RoundStatus"];
            type: components["schemas"]["RoundType"];
            year: number;
        };
        PublicVacancyDto: {
            ageMax: number | null;
            applicants: number;
            applicantsPerSeat: number;
            code: string;
            educationLevels: components["schemas"]["EducationLevel"][];
            gpaMin: number | null;
            /** Format: uuid */
            id: string;
            majors: string[];
            positionTitle: string;
            quotas: components["schemas"]["VacancyQuotasDto"];
            quotaTotal: number;
            unitName: string;
        };
        PublishResultDto: {
            /** @description Shown with the publication (e.g. the decree number) */
            note?: string;
            stage: components["schemas"]["ResultStage"];
        };
        RaisedLevelDto: {
            /** Format: uuid */
            competencyId: string;
            from: number;
            to: number;
        };
        RankingEntryDto: {
            /** Format: uuid */
            applicationId: string;
            /**
             * @description A tie-break key (the older applicant first)
             * @example 1998-05-01
             */
            birthDate: string;
            category: components["schemas"]["RecruitmentCategory"];
            /** @example S1 */
            educationLevel: string;
            /**
             * @description Rounded half-up to 2 decimals
             * @example 78.55
             */
            finalScore: number;
            gender: components["schemas"]["Gender"];
            /** @example 3.51 */
            gpa: number;
            /** @description The panelists' spread is above the round's limit */
            interviewFlagged: boolean;
            /** @description The panel mean */
            interviewScore: number | null;
            name: string;
            positionTitle: string;
            pppkInterview: number | null;
            pppkManagerialSocioCultural: number | null;
            pppkTechnical: number | null;
            pppkTotal: number | null;
            /**
             * @description Rank within the vacancy and category (1 = best)
             * @example 1
             */
            rank: number;
            /** Format: date-time */
            rankedAt: string;
            /** @example CPNS2026-000123 */
            registrationNumber: string;
            /** @description Seats of the category in the vacancy */
            seats: number;
            /** @description SKB components as imported: { key: 0–100 } */
            skbComponents: Record<string, never> | null;
            /** @description Σ weight × component (3 decimals) */
            skbScore: number | null;
            skdTotal: number | null;
            stage: components["schemas"]["ApplicationStage"];
            tiu: number | null;
            tkp: number | null;
            twk: number | null;
            unitName: string;
            vacancyCode: string;
            /** Format: uuid */
            vacancyId: string;
        };
        RankingPage: {
            items: components["schemas"]["RankingEntryDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        RankResultDto: {
            /** @description Applications ranked */
            applications: number;
            /** @description Applications whose score, rank or stage changed (a repeated run on the same data changes none) */
            changed: number;
            /** @description Time the run took, in milliseconds */
            durationMs: number;
            notPassed: number;
            /** @description Ranked within the seats of their vacancy and category */
            passed: number;
            /** Format: date-time */
            rankedAt: string;
            /** @description Vacancies ranked */
            vacancies: number;
        };
        RatioNormDto: {
            active: boolean;
            basis: components["schemas"]["NormBasis"];
            /** @example pupils */
            driverKey: string;
            /**
             * @description Job family it applies to (with unitKind)
             * @example Guru Kelas
             */
            family: string | null;
            /** Format: uuid */
            id: string;
            legalBasis: string | null;
            lessonHoursPerClass: number | null;
            minimumPerUnit: number | null;
            /** @example Guru kelas SD per rombel */
            name: string;
            /** @description Positions it applies to now */
            positionCount: number;
            /**
             * Format: uuid
             * @description The one position it applies to
             */
            positionId: string | null;
            positionTitle: string | null;
            /**
             * @description null = the rule ratio.default_rounding
             * @enum {string|null}
             */
            rounding: "ceil" | "half_up" | "floor" | null;
            /** @example midwife */
            ruleField: string | null;
            /** @enum {string|null} */
            schoolLevel: "sd" | "smp" | "sma" | "smk" | null;
            staffPer100k: number | null;
            /** @example SDN- */
            unitCodePrefix: string | null;
            /** @enum {string|null} */
            unitKind: "sekretariat" | "dinas" | "badan" | "inspektorat" | "rsud" | "puskesmas" | "sekolah" | "kecamatan" | "kelurahan" | "uptd" | "bagian" | null;
            /** @description Unit of that position */
            unitName: string | null;
            unitsPerStaff: number | null;
            version: number;
        };
        RatioNormPage: {
            items: components["schemas"]["RatioNormDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        RecommendationDto: {
            code: string;
            /** @description Why: the competencies it closes and by how much */
            competencies: components["schemas"]["RecommendedCompetencyDto"][];
            /** @description Rupiah per participant */
            costPerParticipant: number;
            /** @description Levels of the employee’s shortfall the program closes: Σ min(levels raised, shortfall) */
            gapClosed: number;
            /** @description Levels closed per JP */
            gapClosedPerJp: number | null;
            /** @description Levels closed per million rupiah; null for a free program (ranked first) */
            gapClosedPerMillion: number | null;
            jp: number;
            /** @example classroom */
            mode: string;
            /** Format: uuid */
            programId: string;
            /** @description 1 = best */
            rank: number;
            /** @example Menutup 2 level: Komunikasi +1 (3 → 4), Kerja Sama +1 (2 → 3) */
            reason: string;
            title: string;
            /** @example soft_skill */
            type: string;
        };
        RecommendationListDto: {
            /** Format: uuid */
            employeeId: string;
            employeeName: string;
            /** @description Active programs, best first: gap closed per cost, then per JP; programs closing nothing last */
            items: components["schemas"]["RecommendationDto"][];
            /** @description Programs left out: completed already, or prerequisites not completed */
            skipped: components["schemas"]["SkippedProgramDto"][];
            /** @description Σ shortfall over the assessed competencies of the position standard (levels) */
            totalShortfall: number;
            /** @description Competencies of the standard never assessed: not counted as gaps (assess them first) */
            unassessed: components["schemas"]["UnassessedCompetencyDto"][];
        };
        /** @enum {string} */
        RecommendationSkipReason: "completed" | "prerequisites";
        RecommendedCompetencyDto: {
            /** @description Latest valid assessed level */
            assessed: number;
            /** @description min(raised, shortfall) */
            closed: number;
            code: string;
            /** Format: uuid */
            competencyId: string;
            name: string;
            /** @description Levels the program raises */
            raised: number;
            /** @description Level the position requires */
            required: number;
            /** @description required − assessed */
            shortfall: number;
        };
        /** @enum {string} */
        RecruitmentCategory: "umum" | "cumlaude" | "disabilitas" | "papua";
        RecruitmentPlanLinePage: {
            items: components["schemas"]["RoundPlanLineDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        RecruitmentResultPage: {
            items: components["schemas"]["ResultSummaryDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        RecruitmentRoundPage: {
            items: components["schemas"]["RoundSummaryDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        RecruitmentRuleSource: "round" | "reference";
        RecruitmentRuleVersionDto: {
            /**
             * @description Reference rule: the date its version took effect
             * @example 2024-01-01
             */
            effectiveFrom: string | null;
            /**
             * @description Reference rule key, or `rules.<section>` of the round
             * @example recruitment.skd_passing_grades
             */
            key: string;
            /** @description Reference rule: its legal basis */
            legalBasis: string | null;
            /** @example CPNS-2026 */
            roundCode: string | null;
            /** Format: uuid */
            roundId: string | null;
            /** @description The round version whose rules were used */
            roundVersion: number | null;
            source: components["schemas"]["RecruitmentRuleSource"];
        };
        RecruitmentVacancyPage: {
            items: components["schemas"]["VacancyDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
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
        RegisterApplicationDto: {
            address?: string;
            /** @example 1998-08-17 */
            birthDate: string;
            /** @example Semarang */
            birthPlace?: string;
            category: components["schemas"]["RecruitmentCategory"];
            educationLevel: components["schemas"]["EducationLevel"];
            /** @example siti@example.com */
            email?: string;
            gender: components["schemas"]["Gender"];
            /**
             * @description GPA on 0–4 (two decimals); for educationLevel SMA the diploma average (nilai rata-rata ijazah) on 0–100
             * @example 3.42
             */
            gpa: number;
            /** @example 2020 */
            graduationYear?: number;
            /** @example Universitas Diponegoro */
            institution?: string;
            /** @example Kesehatan Masyarakat */
            major: string;
            /** @example Siti Rahmawati */
            name: string;
            /**
             * @description NIK, 16 digits; its birth date and gender must agree with birthDate and gender
             * @example 3374015708980001
             */
            nik: string;
            /**
             * @description Indonesian number: 0… or +62…, 9–15 digits
             * @example 081234567890
             */
            phone?: string;
            /** Format: uuid */
            vacancyId: string;
        };
        RegistrationDto: {
            /**
             * @description Shown once: needed to upload documents and to appeal. Only its hash is stored.
             * @example K7Q2M9XA4B
             */
            accessCode: string;
            /** @example CPNS2026-000123 */
            registrationNumber: string;
            requiredDocuments: components["schemas"]["RequiredDocumentDto"][];
            /** Format: uuid */
            roundId: string;
            stage: components["schemas"]["ApplicationStage"];
            /** Format: uuid */
            vacancyId: string;
        };
        RejectPlanDto: {
            /** @example Formasi guru melebihi kuota nasional; kurangi 20. */
            reason: string;
            /** @description The plan version you read; a stale one gets 409 */
            version: number;
        };
        ReplaceStandardDto: {
            items: components["schemas"]["StandardItemInputDto"][];
            /** @description The revision you read (0 for a position without a standard); a stale one gets 409 */
            revision: number;
        };
        RequiredDocumentDto: {
            /** @example ktp */
            key: string;
            /** @example Kartu Tanda Penduduk (KTP) */
            label: string;
            required: boolean;
        };
        ResultCountsDto: {
            /** @description Entries listed */
            entries: number;
            /** @description administrative: MS */
            ms?: number;
            /** @description final: not passed */
            notPassed?: number;
            /** @description skd: passed the SKD; final: passed */
            passed?: number;
            /** @description skd: shortlisted for the SKB */
            shortlisted?: number;
            /** @description administrative: TMS */
            tms?: number;
        };
        ResultDto: {
            /** @description SHA-256 of the canonical JSON of every vacancy’s entries, in vacancy-code order */
            contentHash: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** Format: date-time */
            publishedAt: string;
            publishedByName: string;
            round: components["schemas"]["ResultRoundRefDto"];
            /** Format: uuid */
            roundId: string;
            /** @description 1, 2, … within the round */
            seq: number;
            stage: components["schemas"]["ResultStage"];
            vacancies: components["schemas"]["ResultVacancySummaryDto"][];
            /** @description Vacancies in the publication */
            vacancyCount: number;
        };
        /** @enum {string} */
        ResultOutcome: "passed" | "not_passed";
        ResultRoundRefDto: {
            code: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @example cpns */
            type: string;
            year: number;
        };
        /** @enum {string} */
        ResultStage: "administrative" | "skd" | "final";
        ResultSummaryDto: {
            /** @description SHA-256 of the canonical JSON of every vacancy’s entries, in vacancy-code order */
            contentHash: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** Format: date-time */
            publishedAt: string;
            publishedByName: string;
            /** Format: uuid */
            roundId: string;
            /** @description 1, 2, … within the round */
            seq: number;
            stage: components["schemas"]["ResultStage"];
            /** @description Vacancies in the publication */
            vacancyCount: number;
        };
        ResultVacancySummaryDto: {
            /** @example DINKES-PERAWAT-01 */
            code: string;
            /** @description SHA-256 of the canonical JSON of the vacancy’s entries */
            contentHash: string;
            counts: components["schemas"]["ResultCountsDto"];
            positionTitle: string;
            /** @description Seats */
            quotaTotal: number;
            unitName: string;
            /** Format: uuid */
            vacancyId: string;
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
        RoundAmendmentDto: {
            byName: string | null;
            changes: components["schemas"]["ValueChangeDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            reason: string;
            /** Format: uuid */
            roundId: string;
        };
        RoundAnnouncementsDto: {
            /** @description The latest publication of each stage */
            publications: components["schemas"]["PublicationDto"][];
            round: components["schemas"]["ResultRoundRefDto"];
        };
        RoundCountsDto: {
            /** @description Applications (withdrawn ones excluded) */
            applications: number;
            /** @description Seats over every vacancy and category */
            seats: number;
            /** @description Vacancies (formasi) opened */
            vacancies: number;
        };
        RoundDto: {
            /** @description What you may do now: edit, delete, publish, close, amend, open_vacancies, edit_vacancies */
            allowedActions: string[];
            /** @description Amendments made after publication */
            amendments: number;
            /** @example CPNS-2026 */
            code: string;
            counts: components["schemas"]["RoundCountsDto"];
            /** Format: date-time */
            createdAt: string;
            createdByName: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Where the schedule stands today (a closed round is finished) */
            phase: components["schemas"]["RoundPhase"];
            /** Format: date-time */
            publishedAt: string | null;
            publishedByName: string | null;
            /**
             * Format: date-time
             * @description Last ranking run
             */
            rankedAt: string | null;
            rules: components["schemas"]["RoundRulesDto"];
            schedule: components["schemas"]["RoundScheduleDto"];
            status: components["schemas"]["RoundStatus"];
            type: components["schemas"]["RoundType"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
            /** @example 2026 */
            year: number;
        };
        /**
         * @description Where the schedule stands today (a closed round is finished)
         * @enum {string}
         */
        RoundPhase: "upcoming" | "registration" | "administration" | "appeal" | "skd" | "skb" | "announcement" | "finished";
        RoundPlanLineDto: {
            /** @description Levels read from educationRequired (the vacancy default) */
            educationLevels: components["schemas"]["EducationLevel"][];
            /** @example D3 Keperawatan */
            educationRequired: string | null;
            employmentType: components["schemas"]["RoundType"];
            /** Format: uuid */
            lineId: string;
            /** @description Seats already opened from the line, in any round */
            opened: number;
            /** Format: uuid */
            planId: string;
            planName: string;
            /** Format: uuid */
            positionId: string;
            positionTitle: string;
            /** @description Formations approved on the line */
            quantity: number;
            /** @description quantity − opened */
            remaining: number;
            unitCode: string;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            /**
             * Format: uuid
             * @description The vacancy of this round opened from the line, if any
             */
            vacancyId: string | null;
            year: number;
        };
        RoundRulesDto: {
            ageLimits: components["schemas"]["AgeLimitsDto"];
            documents: components["schemas"]["RequiredDocumentDto"][];
            finalScore: components["schemas"]["FinalScoreRuleDto"];
            /**
             * @description Minimum GPA (0–4) or diploma average (0–100); null = none
             * @example null
             */
            gpaMin: number | null;
            interview: components["schemas"]["InterviewRuleDto"];
            /**
             * @description Upload limit per document in bytes
             * @example 1048576
             */
            maxDocumentBytes: number;
            passingGrades: components["schemas"]["SkdPassingGradesDto"];
            pppk: components["schemas"]["PppkRuleDto"];
            shortlist: components["schemas"]["ShortlistRuleDto"];
            skbComponents: components["schemas"]["SkbComponentDto"][];
            /**
             * @description Tie-break order
             * @example [
             *       "finalScore",
             *       "skdTotal",
             *       "tkp",
             *       "tiu",
             *       "twk",
             *       "gpa",
             *       "older"
             *     ]
             */
            tieBreak: string[];
        };
        RoundScheduleDto: {
            /** @example 2026-08-25 */
            adminSelectionEnds: string;
            /** @example 2026-10-20 */
            announcement: string;
            /**
             * @description The committee answers every appeal by this day
             * @example 2026-09-02
             */
            appealAnswerBy: string;
            /** @example 2026-08-28 */
            appealCloses: string;
            /**
             * @description Appeals (sanggah) against the administrative result from this day
             * @example 2026-08-26
             */
            appealOpens: string;
            /**
             * @description Also the day ages are counted on
             * @example 2026-08-15
             */
            registrationCloses: string;
            /** @example 2026-08-01 */
            registrationOpens: string;
            /** @example 2026-10-10 */
            skbEnds: string;
            /** @example 2026-10-01 */
            skbStarts: string;
            /** @example 2026-09-20 */
            skdEnds: string;
            /** @example 2026-09-10 */
            skdStarts: string;
        };
        RoundSchedulePatchDto: {
            adminSelectionEnds?: string;
            announcement?: string;
            appealAnswerBy?: string;
            appealCloses?: string;
            appealOpens?: string;
            registrationCloses?: string;
            /** @example 2026-08-01 */
            registrationOpens?: string;
            skbEnds?: string;
            skbStarts?: string;
            skdEnds?: string;
            skdStarts?: string;
        };
        /** @enum {string} */
        RoundStatus: "draft" | "published" | "closed";
        RoundSummaryDto: {
            /** @description Amendments made after publication */
            amendments: number;
            /** @example CPNS-2026 */
            code: string;
            counts: components["schemas"]["RoundCountsDto"];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Where the schedule stands today (a closed round is finished) */
            phase: components["schemas"]["RoundPhase"];
            /** Format: date-time */
            publishedAt: string | null;
            publishedByName: string | null;
            schedule: components["schemas"]["RoundScheduleDto"];
            status: components["schemas"]["RoundStatus"];
            type: components["schemas"]["RoundType"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
            /** @example 2026 */
            year: number;
        };
        /** @enum {string} */
        RoundType: "cpns" | "pppk";
        RoundVersionDto: {
            /** @description The version you read; a stale one gets 409 */
            version: number;
        };
        RubricCriterionDto: {
            /** @example komunikasi */
            key: string;
            /** @example Kemampuan komunikasi */
            label: string;
            /**
             * @description Highest score a panelist may give (lowest 0)
             * @example 100
             */
            max: number;
        };
        RuleRefDto: {
            /** @example 2020-01-01 */
            effectiveFrom: string;
            /** @example abk.effective_minutes_per_year */
            key: string;
            legalBasis: string;
        };
        RuleVersionDto: {
            /** @example 2017-03-30 */
            effectiveFrom: string;
            /** @example retirement.ages */
            key: string;
            legalBasis: string;
        };
        ScenarioComparisonDto: {
            base: components["schemas"]["ScenarioSideDto"];
            /** @description Per sector */
            bySector: components["schemas"]["ScenarioGroupDiffDto"][];
            computeMs: number;
            /** @description whatIf − base, per year */
            difference: components["schemas"]["ScenarioSideDto"];
            scenario: components["schemas"]["ScenarioDto"];
            whatIf: components["schemas"]["ScenarioSideDto"];
            years: number[];
        };
        ScenarioDto: {
            baseYear: number;
            createdByName: string | null;
            description: string | null;
            horizon: number;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            orgUnitId: string | null;
            orgUnitName: string;
            params: components["schemas"]["ScenarioParamsDto"];
            updatedAt: string;
            version: number;
        };
        ScenarioGroupDiffDto: {
            /** @description Base-year shortage, base */
            baseShortage: number;
            /** @description Shortage in the last year, base */
            baseShortageEnd: number;
            /** @description scenarioShortageEnd − baseShortageEnd */
            difference: number;
            key: string;
            label: string;
            scenarioShortage: number;
            scenarioShortageEnd: number;
        };
        ScenarioPage: {
            items: components["schemas"]["ScenarioDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        ScenarioParamsDto: {
            /**
             * @description Multiplies every attrition rate
             * @example 1.5
             */
            attritionMultiplier?: number;
            /**
             * @description Budget ceiling for a plan under this scenario
             * @example 20000000000
             */
            budgetCeiling?: number;
            /**
             * @description Added to every driver’s yearly growth rate (0.01 = +1 point)
             * @example 0.01
             */
            driverGrowthDelta?: number;
            /** @example 7 */
            horizon?: number;
            /**
             * @description Years added to every retirement age (retirement dates shift)
             * @example 2
             */
            retirementAgeDelta?: number;
        };
        ScenarioSideDto: {
            annualCost: number | null;
            covered: number | null;
            demand: number[];
            /** @description Formations the optimiser would fund (when a budget is set) */
            formations: number | null;
            gap: number[];
            /** @description Base or the scenario name */
            label: string;
            retirements: number[];
            shortage: number[];
            supply: number[];
            surplus: number[];
        };
        ScoreImportDto: {
            changed: number;
            /** Format: date-time */
            createdAt: string;
            fileName: string;
            fileSha256: string;
            /** Format: uuid */
            id: string;
            importedByName: string | null;
            kind: components["schemas"]["ScoreKind"];
            /** Format: uuid */
            roundId: string;
            rows: number;
        };
        ScoreImportErrorDto: {
            /** @example twk */
            column: string;
            /** @example twk must be a multiple of 5 */
            message: string;
            /**
             * @description Row in the file (the header is row 1)
             * @example 3
             */
            row: number;
        };
        ScoreImportPage: {
            items: components["schemas"]["ScoreImportDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        ScoreImportReportDto: {
            /** @description The same file (round, kind, hash) was imported before: nothing changed */
            alreadyImported: boolean;
            /** @description Rows whose scores changed (dry run: would change) */
            changed: number;
            dryRun: boolean;
            durationMs: number;
            errorCount: number;
            /** @description Every bad cell (first 1,000) */
            errors: components["schemas"]["ScoreImportErrorDto"][];
            fileName: string;
            /** @description SHA-256 of the uploaded file */
            fileSha256: string;
            /**
             * Format: uuid
             * @description The recorded import (real run, or the earlier one when already imported)
             */
            importId: string | null;
            kind: components["schemas"]["ScoreKind"];
            /** @description Data rows in the file */
            rows: number;
        };
        /** @enum {string} */
        ScoreKind: "skd" | "skb" | "pppk";
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
        SessionCompletionDto: {
            completed: number;
            notCompleted: number;
            outcomes: components["schemas"]["CompletionOutcomeDto"][];
            session: components["schemas"]["TrainingSessionDto"];
        };
        ShortlistResultDto: {
            /** @description Applications evaluated (admin passed or a later SKD stage) */
            applications: number;
            /** @description Applications whose SKD result, shortlist or stage changed (a repeated run changes none) */
            changed: number;
            /** @description Time the run took, in milliseconds */
            durationMs: number;
            /**
             * @description Places per seat of a category
             * @example 3
             */
            multiplier: number;
            notShortlisted: number;
            shortlisted: number;
            skdFailed: number;
            skdPassed: number;
            tieAtCut: components["schemas"]["ShortlistTieRule"];
            /** @description Applications taken beyond the places because their SKD total equals the last place (include_all) */
            tiedAtCut: number;
            /** @description Vacancies with at least one of them */
            vacancies: number;
        };
        ShortlistRuleDto: {
            /**
             * @description Up to multiplier × seats go to the SKB (integer ≥ 1)
             * @example 3
             */
            multiplier: number;
            /** @description Applicants tied with the last place: all taken, or cut strictly */
            tieAtCut: components["schemas"]["ShortlistTieRule"];
        };
        /**
         * @description Applicants tied with the last place: all taken, or cut strictly
         * @enum {string}
         */
        ShortlistTieRule: "include_all" | "strict";
        SkbComponentDto: {
            /**
             * @description `interview` comes from the panel’s mean; the other keys from the SKB score file
             * @example cat
             */
            key: string;
            /** @example CAT SKB */
            label: string;
            /**
             * @description Share of the SKB score; the weights sum to 1
             * @example 0.5
             */
            weight: number;
        };
        SkdCalculationDto: {
            category: components["schemas"]["RecruitmentCategory"];
            /**
             * Format: uuid
             * @description Use this round's passing grades (default: the reference rule in force today)
             */
            roundId?: string;
            /**
             * @description TIU: 35 questions, 5 or 0 points (a multiple of 5)
             * @example 130
             */
            tiu: number;
            /**
             * @description TKP: 45 questions, 1–5 points each
             * @example 180
             */
            tkp: number;
            /**
             * @description TWK: 30 questions, 5 or 0 points (a multiple of 5)
             * @example 110
             */
            twk: number;
        };
        /**
         * @description Every grade not reached, in the order twk, tiu, tkp, total
         * @enum {string}
         */
        SkdFailure: "twk" | "tiu" | "tkp" | "total";
        SkdMaxDto: {
            /** @example 175 */
            tiu: number;
            /** @example 225 */
            tkp: number;
            /** @example 550 */
            total: number;
            /** @example 150 */
            twk: number;
        };
        SkdPassingGradeDto: {
            /** @example 80 */
            tiu: number | null;
            /**
             * @description umum only
             * @example 166
             */
            tkp: number | null;
            /**
             * @description Special categories only
             * @example null
             */
            total: number | null;
            /**
             * @description umum only
             * @example 65
             */
            twk: number | null;
        };
        SkdPassingGradesDto: {
            /** @description Best graduates: total and TIU */
            cumlaude: components["schemas"]["SkdTotalTiuDto"];
            disabilitas: components["schemas"]["SkdTotalTiuDto"];
            /** @description Maximum per sub-test and total (150/175/225/550) */
            max: components["schemas"]["SkdMaxDto"];
            papua: components["schemas"]["SkdTotalTiuDto"];
            /** @description General applicants: each sub-test on its own */
            umum: components["schemas"]["SkdSubtestsDto"];
        };
        SkdResultDto: {
            category: components["schemas"]["RecruitmentCategory"];
            /** @description Every grade not reached, in the order twk, tiu, tkp, total */
            failedOn: components["schemas"]["SkdFailure"][];
            max: components["schemas"]["SkdMaxDto"];
            passed: boolean;
            /** @description The category's passing grade */
            passingGrade: components["schemas"]["SkdPassingGradeDto"];
            ruleVersion: components["schemas"]["RecruitmentRuleVersionDto"];
            tiu: number;
            tkp: number;
            /**
             * @description TWK + TIU + TKP
             * @example 420
             */
            total: number;
            twk: number;
        };
        SkdScoresDto: {
            /** @description Sub-tests (or total) below the passing grade */
            failedOn: string[];
            passed: boolean | null;
            shortlisted: boolean | null;
            tiu: number | null;
            tkp: number | null;
            total: number | null;
            twk: number | null;
        };
        SkdSubtestsDto: {
            /** @example 80 */
            tiu: number;
            /** @example 166 */
            tkp: number;
            /** @example 65 */
            twk: number;
        };
        SkdTotalTiuDto: {
            /** @example 85 */
            tiu: number;
            /** @example 311 */
            total: number;
        };
        SkippedProgramDto: {
            code: string;
            /** @description Codes of the prerequisites not yet completed */
            missingPrerequisites: string[];
            /** Format: uuid */
            programId: string;
            reason: components["schemas"]["RecommendationSkipReason"];
            title: string;
        };
        /** @enum {string} */
        SortOrder: "asc" | "desc";
        StandardItemDto: {
            code: string;
            /** Format: uuid */
            competencyId: string;
            name: string;
            /** @example 3 */
            requiredLevel: number;
            softSkill: boolean;
            type: components["schemas"]["CompetencyType"];
        };
        StandardItemInputDto: {
            /** Format: uuid */
            competencyId: string;
            /** @example 3 */
            requiredLevel: number;
        };
        StatusAdminDto: {
            /** Format: date-time */
            decidedAt: string | null;
            failures: components["schemas"]["AdminFailureDto"][];
            /** @enum {string|null} */
            result: "ms" | "tms" | null;
        };
        StatusRoundDto: {
            code: string;
            /** Format: uuid */
            id: string;
            name: string;
            type: components["schemas"]["RoundType"];
            year: number;
        };
        StatusVacancyDto: {
            code: string;
            /** Format: uuid */
            id: string;
            positionTitle: string;
            unitName: string;
        };
        SubmitAppealDto: {
            accessCode: string;
            reason: string;
            /** @example CPNS2026-000123 */
            registrationNumber: string;
        };
        SubmitInterviewScoresDto: {
            note?: string;
            /**
             * @description One score per rubric criterion, 0..max, at most 2 decimals
             * @example {
             *       "communication": 7.5,
             *       "integrity": 8
             *     }
             */
            scores: {
                [key: string]: number;
            };
            /** @description The version you read; a stale one gets 409 */
            version: number;
        };
        TimelineEntryDto: {
            /** Format: date-time */
            at: string;
            by: string | null;
            /** @example registered */
            event: string;
        };
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
        TrainingActivityDto: {
            createdAt: string;
            decidedByName: string | null;
            /** Format: uuid */
            employeeId: string;
            employeeName: string;
            /**
             * Format: uuid
             * @description Set for a completed session
             */
            enrolmentId: string | null;
            evidence: string | null;
            /** Format: uuid */
            id: string;
            jp: number;
            kind: components["schemas"]["TrainingActivityKind"];
            occurredOn: string;
            status: components["schemas"]["TrainingActivityStatus"];
            title: string;
            version: number;
            year: number;
        };
        /** @enum {string} */
        TrainingActivityInputKind: "coaching" | "e_learning" | "webinar" | "seminar" | "self_study" | "other";
        /** @enum {string} */
        TrainingActivityKind: "training" | "coaching" | "e_learning" | "webinar" | "seminar" | "self_study" | "other";
        TrainingActivityPage: {
            items: components["schemas"]["TrainingActivityDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        TrainingActivityStatus: "pending" | "approved" | "rejected";
        TrainingEnrolmentDto: {
            /** @description Days marked present */
            attendedDays: number;
            /** @description Certificate verification code, when completed */
            certificateCode: string | null;
            completedAt: string | null;
            decidedByName: string | null;
            /** Format: uuid */
            employeeId: string;
            employeeName: string;
            endsOn: string;
            /** Format: uuid */
            id: string;
            /** @description Null for a new CPNS until BKN issues the NIP */
            nip: string | null;
            postTestScore: number | null;
            programTitle: string;
            /** @description Order on the waiting list (first come, first served) */
            queuedAt: string;
            /** @description Why it was not completed */
            reasons: components["schemas"]["NotCompletedReason"][];
            requestedByName: string | null;
            /** Format: uuid */
            sessionId: string;
            startsOn: string;
            status: components["schemas"]["TrainingEnrolmentStatus"];
            unitName: string;
            version: number;
            /** @description Place on the waiting list (1 = next), when waitlisted */
            waitlistPosition: number | null;
        };
        TrainingEnrolmentPage: {
            items: components["schemas"]["TrainingEnrolmentDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        TrainingEnrolmentStatus: "requested" | "enrolled" | "waitlisted" | "declined" | "cancelled" | "completed" | "not_completed";
        TrainingHoursPageDto: {
            /** @description The date the pace is read on */
            asOf: string;
            daysElapsed: number;
            daysInYear: number;
            items: components["schemas"]["EmployeeHoursDto"][];
            /** @example 20 */
            owed: number;
            page: number;
            pageSize: number;
            ruleEffectiveFrom: string;
            /** @example competency.development_hours */
            ruleKey: string;
            /** @description Over every employee of the scope (all pages, before behindOnly) */
            summary: components["schemas"]["HoursSummaryDto"];
            total: number;
            year: number;
        };
        /** @enum {string} */
        TrainingHoursSort: "jp" | "name" | "projected" | "remaining";
        /** @enum {string} */
        TrainingMode: "classroom" | "online" | "blended" | "e_learning" | "coaching" | "webinar";
        TrainingProgramDto: {
            active: boolean;
            /** @example PL-KOM-01 */
            code: string;
            /** @example 1500000 */
            costPerParticipant: number;
            description: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description Lesson hours (JP, 45 minutes each)
             * @example 24
             */
            jp: number;
            mode: components["schemas"]["TrainingMode"];
            /** @description Programs to complete first */
            prerequisites: components["schemas"]["ProgramRefDto"][];
            provider: string | null;
            raises: components["schemas"]["ProgramRaiseDto"][];
            /** @description Sessions of the program (any status) */
            sessionCount: number;
            /** @example Komunikasi Efektif dalam Pelayanan Publik */
            title: string;
            type: components["schemas"]["TrainingType"];
            version: number;
        };
        TrainingProgramPage: {
            items: components["schemas"]["TrainingProgramDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        TrainingProgramSort: "title" | "code" | "jp" | "cost";
        TrainingSessionDto: {
            /**
             * @description Share of the days to attend (0–1)
             * @example 0.8
             */
            attendanceThreshold: number;
            capacity: number;
            /** @description Days of the session, both ends included */
            days: number;
            /** @example 2026-05-13 */
            endsOn: string;
            enrolmentClosesOn: string;
            /** @description Whether enrolment is open today */
            enrolmentOpen: boolean;
            enrolmentOpensOn: string;
            /** Format: uuid */
            id: string;
            /** @description JP of the program */
            jp: number;
            link: string | null;
            mode: components["schemas"]["TrainingMode"];
            /** @description The caller’s own enrolment, if any */
            myEnrolment: components["schemas"]["MyEnrolmentDto"] | null;
            /**
             * Format: uuid
             * @description Organising unit; null = BKPP, city-wide
             */
            organiserUnitId: string | null;
            organiserUnitName: string | null;
            /** @description Post-test pass mark (0–100); null = no post-test */
            postTestPassScore: number | null;
            programCode: string;
            /** Format: uuid */
            programId: string;
            programTitle: string;
            /** @description Requests waiting for a leader */
            requested: number;
            seatsFree: number;
            /** @description Seats held (enrolled, or completed / not completed once the session is over) */
            seatsTaken: number;
            /** @example 2026-05-11 */
            startsOn: string;
            status: components["schemas"]["TrainingSessionStatus"];
            trainer: string | null;
            venue: string | null;
            version: number;
            /** @description People on the waiting list */
            waitlisted: number;
        };
        TrainingSessionPage: {
            items: components["schemas"]["TrainingSessionDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        TrainingSessionStatus: "open" | "completed" | "cancelled";
        /** @enum {string} */
        TrainingType: "technical" | "managerial" | "socio_cultural" | "soft_skill";
        UnassessedCompetencyDto: {
            code: string;
            /** Format: uuid */
            competencyId: string;
            name: string;
            required: number;
        };
        UncoveredLineDto: {
            annualCostPerPerson: number;
            /** @description Yearly cost to cover it */
            cost: number;
            employmentType: components["schemas"]["EmploymentType"];
            /**
             * Format: uuid
             * @description The plan line: raise its quantity with updatePlanLine
             */
            lineId: string;
            /** Format: uuid */
            positionId: string;
            positionTitle: string;
            quantity: number;
            sector: string;
            /** @description Shortage in the plan year when the plan was drafted */
            shortage: number;
            /** @description Shortage left without a formation */
            uncovered: number;
            unitName: string;
            /** @description The line version, for updatePlanLine */
            version: number;
            weight: number;
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
        UpdateCompetencyDto: {
            active?: boolean;
            description?: string | null;
            jobFamily?: string | null;
            levels?: components["schemas"]["CompetencyLevelDto"][];
            name?: string;
            softSkill?: boolean;
            /** @description The version you read; a stale one gets 409 */
            version: number;
        };
        UpdateDevelopmentPlanDto: {
            /**
             * @description A new budget (> 0)
             * @example 120000000
             */
            budget?: number;
            /** @description The lines as edited (replace all); cost, gap closed and reasons are recomputed */
            lines?: components["schemas"]["DevelopmentPlanLineInputDto"][];
            /** @description Draft the lines again from today’s gaps under the (new) budget; not with `lines` */
            redraft?: boolean;
            /** @description The version you read; a stale one gets 409 */
            version: number;
        };
        UpdateEmployeeDto: {
            active?: boolean;
            appointmentDate?: string | null;
            birthDate?: string;
            education?: string | null;
            gender?: components["schemas"]["Gender"];
            name?: string;
            /**
             * @description Only for a record without a NIP (issued by BKN after the appointment): 18 digits, must agree with birthDate and gender
             * @example 199001152015032002
             */
            nip?: string;
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
        UpdatePlanDto: {
            cityBudget?: number | null;
            currentPersonnelSpending?: number | null;
            name?: string;
            notes?: string | null;
            /** @description The plan version you read; a stale one gets 409 */
            version: number;
        };
        UpdatePlanLineDto: {
            educationRequired?: string | null;
            employmentType?: components["schemas"]["EmploymentType"];
            /** @description Leave this position out when the optimiser runs again (quantity becomes 0) */
            excluded?: boolean;
            /** @description Keep this quantity when the optimiser runs again */
            pinned?: boolean;
            /** @description Formations (0 keeps the line with nothing proposed); never more than the shortage */
            quantity?: number;
            reason?: string | null;
            /** @description The line version you read; a stale one gets 409 */
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
        UpdateRatioNormDto: {
            active?: boolean;
            basis?: components["schemas"]["NormBasis"];
            /**
             * @description Service driver key of the unit: population, pupils, classes, visits…
             * @example pupils
             */
            driverKey?: string;
            legalBasis?: string | null;
            /**
             * @description subject_teacher: weekly lesson hours (JP) of the subject per class
             * @example 4
             */
            lessonHoursPerClass?: number | null;
            minimumPerUnit?: number | null;
            name?: string;
            /** @enum {string|null} */
            rounding?: "ceil" | "half_up" | "floor" | null;
            /** @example midwife */
            ruleField?: string | null;
            /** @enum {string|null} */
            schoolLevel?: "sd" | "smp" | "sma" | "smk" | null;
            /**
             * @description per_100k: staff per 100,000 (else the rule ratio.health_per_100k[ruleField])
             * @example 120
             */
            staffPer100k?: number | null;
            /**
             * @description per_driver: driver units one staff member serves
             * @example 150
             */
            unitsPerStaff?: number | null;
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
        UpdateRoundDto: {
            name?: string;
            /** @description Rules; any part may be left out and keeps its current value (on create: the reference rules in force and the module defaults). Objects merge key by key; arrays replace. Every field is checked (weights sum to 1, grades within the maxima, keys unique…): 400 names its path, e.g. `rules.skbComponents.1.weight`. */
            rules?: components["schemas"]["RoundRulesDto"];
            schedule?: components["schemas"]["RoundSchedulePatchDto"];
            /** @description The version you read; a stale one gets 409 */
            version: number;
        };
        UpdateScenarioDto: {
            description?: string | null;
            horizon?: number;
            name?: string;
            params?: components["schemas"]["ScenarioParamsDto"];
            /** @description The version you read; a stale one gets 409 */
            version: number;
        };
        UpdateServiceDriverDto: {
            growthRate?: number;
            source?: string | null;
            value?: number;
            version: number;
        };
        UpdateTrainingProgramDto: {
            active?: boolean;
            costPerParticipant?: number;
            description?: string | null;
            jp?: number;
            mode?: components["schemas"]["TrainingMode"];
            prerequisiteIds?: string[];
            provider?: string | null;
            raises?: components["schemas"]["ProgramRaiseInputDto"][];
            title?: string;
            type?: components["schemas"]["TrainingType"];
            /** @description The version you read; a stale one gets 409 */
            version: number;
        };
        UpdateTrainingSessionDto: {
            attendanceThreshold?: number;
            /** @description Raising it promotes the waiting list */
            capacity?: number;
            endsOn?: string;
            enrolmentClosesOn?: string;
            enrolmentOpensOn?: string;
            link?: string | null;
            postTestPassScore?: number | null;
            startsOn?: string;
            trainer?: string | null;
            venue?: string | null;
            /** @description The version you read; a stale one gets 409 */
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
        UpdateVacancyDto: {
            ageMax?: number | null;
            /** @example DINKES-PERAWAT-01 */
            code?: string;
            educationLevels?: components["schemas"]["EducationLevel"][];
            gpaMin?: number | null;
            majors?: string[];
            quotas?: components["schemas"]["VacancyQuotasInputDto"];
            /** @description The version you read; a stale one gets 409 */
            version: number;
        };
        UpdateWisnStudyDto: {
            activities: components["schemas"]["WisnActivityDto"][];
            /**
             * @description C: annual leave
             * @example 12
             */
            annualLeave: number;
            categoryAllowances: components["schemas"]["WisnCategoryAllowanceDto"][];
            /** @example 7.5 */
            hoursPerDay: number;
            /**
             * @description Default: hoursPerDay × 5
             * @example 37.5
             */
            hoursPerWeek?: number;
            individualAllowances: components["schemas"]["WisnIndividualAllowanceDto"][];
            notes?: string | null;
            /**
             * @description E: other absence (training…)
             * @example 5
             */
            otherLeave: number;
            /**
             * @description B: public holidays
             * @example 15
             */
            publicHolidays: number;
            /**
             * @description D: sick leave
             * @example 10
             */
            sickLeave: number;
            /** @description The version you read; a stale one gets 409 */
            version: number;
            /**
             * @description A: working days a year
             * @example 260
             */
            workingDaysPerYear: number;
        };
        UpdateWorkloadTaskDto: {
            description?: string;
            minutesPerUnit?: number;
            outputUnit?: string;
            sortOrder?: number;
            /** @description The version you read; a stale one gets 409 */
            version: number;
            volume?: number;
            volumePeriod?: components["schemas"]["VolumePeriod"];
        };
        UploadedDocumentDto: {
            /** @example application/pdf */
            contentType: string;
            fileName: string;
            /** @example ijazah */
            kind: string;
            /** @description An earlier upload of the same kind was replaced */
            replaced: boolean;
            sha256: string;
            size: number;
            /** Format: date-time */
            uploadedAt: string;
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
        VacancyAnnouncementDto: {
            entries: components["schemas"]["AnnouncementEntryDto"][];
            /** Format: date-time */
            publishedAt: string;
            publishedByName: string;
            /** @description Hash of the whole publication */
            resultHash: string;
            /** Format: uuid */
            resultId: string;
            round: components["schemas"]["ResultRoundRefDto"];
            seq: number;
            stage: components["schemas"]["ResultStage"];
            vacancy: components["schemas"]["ResultVacancySummaryDto"];
        };
        VacancyDto: {
            ageMax: number | null;
            /** @description Applications (withdrawn ones excluded) */
            applicants: number;
            /**
             * @description Applicants per seat (2 decimals)
             * @example 12.5
             */
            applicantsPerSeat: number;
            /** @example DINKES-PERAWAT-AHLI-PERTAMA */
            code: string;
            educationLevels: components["schemas"]["EducationLevel"][];
            gpaMin: number | null;
            /** Format: uuid */
            id: string;
            majors: string[];
            /** Format: uuid */
            planLineId: string;
            /** Format: uuid */
            positionId: string;
            positionTitle: string;
            quotas: components["schemas"]["VacancyQuotasDto"];
            /** @description Seats over every category */
            quotaTotal: number;
            /** Format: uuid */
            roundId: string;
            status: components["schemas"]["VacancyStatus"];
            /** Format: uuid */
            unitId: string;
            unitName: string;
            version: number;
        };
        VacancyQuotasDto: {
            /** @example 0 */
            cumlaude: number;
            /** @example 0 */
            disabilitas: number;
            /** @example 0 */
            papua: number;
            /** @example 2 */
            umum: number;
        };
        VacancyQuotasInputDto: {
            /**
             * @description Best graduates (cumlaude)
             * @example 0
             */
            cumlaude?: number;
            /** @example 0 */
            disabilitas?: number;
            /** @example 0 */
            papua?: number;
            /**
             * @description General seats
             * @example 2
             */
            umum: number;
        };
        /** @enum {string} */
        VacancySort: "code" | "unit" | "position" | "seats" | "applicants" | "applicantsPerSeat";
        /** @enum {string} */
        VacancyStatus: "open" | "closed";
        ValueChangeDto: {
            /** @example 2026-09-17 */
            after: (string | null) | number | boolean | {
                [key: string]: unknown;
            } | unknown[];
            /** @example 2026-09-10 */
            before: (string | null) | number | boolean | {
                [key: string]: unknown;
            } | unknown[];
            /**
             * @description Path of the changed field
             * @example schedule.skdStarts
             */
            path: string;
        };
        /** @enum {string} */
        VolumePeriod: "day" | "week" | "month" | "year";
        WisnActivityDto: {
            /**
             * @description Unit time in minutes
             * @example 15
             */
            minutesPerUnit: number;
            /** @example Konsultasi rawat jalan */
            name?: string;
            /**
             * @description Annual volume
             * @example 15000
             */
            volume: number;
        };
        WisnCalculationDto: {
            activities: components["schemas"]["WisnActivityDto"][];
            /**
             * @description C: annual leave
             * @example 12
             */
            annualLeave: number;
            categoryAllowances: components["schemas"]["WisnCategoryAllowanceDto"][];
            /**
             * @description Staff of this cadre now
             * @example 2
             */
            existing?: number;
            /** @example 7.5 */
            hoursPerDay: number;
            /**
             * @description Default: hoursPerDay × 5
             * @example 37.5
             */
            hoursPerWeek?: number;
            individualAllowances: components["schemas"]["WisnIndividualAllowanceDto"][];
            /**
             * @description E: other absence (training…)
             * @example 5
             */
            otherLeave: number;
            /**
             * @description B: public holidays
             * @example 15
             */
            publicHolidays: number;
            /**
             * @description D: sick leave
             * @example 10
             */
            sickLeave: number;
            /**
             * @description A: working days a year
             * @example 260
             */
            workingDaysPerYear: number;
        };
        WisnCategoryAllowanceDto: {
            /**
             * @description Hours spent per period by every staff member
             * @example 2
             */
            hours: number;
            /** @example Rapat staf */
            name?: string;
            per: components["schemas"]["AllowancePeriod"];
        };
        WisnCategoryAllowanceResultDto: {
            hours: number;
            name?: string;
            per: components["schemas"]["AllowancePeriod"];
            /** @description Share of working time, % */
            percent: number;
        };
        WisnIndividualAllowanceDto: {
            /** @example 120 */
            hoursPerYear: number;
            /** @example Koordinator program imunisasi */
            name?: string;
            /**
             * @description Number of staff doing it
             * @example 1
             */
            staff: number;
        };
        WisnIndividualAllowanceResultDto: {
            hoursPerYear: number;
            name?: string;
            staff: number;
            totalHours: number;
        };
        WisnResultDto: {
            /** @example 218 */
            availableDays: number;
            /**
             * @description AWT (ABK-Kes: WKT) in hours
             * @example 1635
             */
            availableHours: number;
            /**
             * @description CAF (ABK-Kes: FTP)
             * @example 1.0901
             */
            categoryAllowanceFactor: number;
            /** @example 8.2691 */
            categoryAllowancePercent: number;
            categoryAllowances: components["schemas"]["WisnCategoryAllowanceResultDto"][];
            existing: number | null;
            /**
             * @description IAF (ABK-Kes: STP)
             * @example 0.0734
             */
            individualAllowanceFactor: number;
            individualAllowances: components["schemas"]["WisnIndividualAllowanceResultDto"][];
            /** @description Workload pressure = 1 / WISN ratio */
            pressure: number | null;
            /**
             * @description requiredStaff rounded up
             * @example 3
             */
            requiredHeadcount: number;
            /**
             * @description Full precision
             * @example 2.796
             */
            requiredStaff: number;
            rules: components["schemas"]["RuleRefDto"][];
            /**
             * @description Staff for health services (ABK-Kes: JKT)
             * @example 2.4975
             */
            serviceStaff: number;
            standardWorkloads: components["schemas"]["WisnStandardWorkloadDto"][];
            /** @description existing − required */
            wisnDifference: number | null;
            /** @description existing / required (< 1: shortage) */
            wisnRatio: number | null;
        };
        WisnStandardWorkloadDto: {
            minutesPerUnit: number;
            name?: string;
            /** @description volume / standard workload */
            staff: number;
            /** @description AWT / unit time (SBK) */
            standardWorkload: number;
            unitTimeHours: number;
            volume: number;
        };
        WisnStudyDto: {
            activities: components["schemas"]["WisnActivityDto"][];
            /**
             * @description C: annual leave
             * @example 12
             */
            annualLeave: number;
            categoryAllowances: components["schemas"]["WisnCategoryAllowanceDto"][];
            /**
             * @description Health cadre (job family)
             * @example Perawat
             */
            family: string;
            /** @example 7.5 */
            hoursPerDay: number;
            /**
             * @description Default: hoursPerDay × 5
             * @example 37.5
             */
            hoursPerWeek?: number;
            /** Format: uuid */
            id: string;
            individualAllowances: components["schemas"]["WisnIndividualAllowanceDto"][];
            notes: string | null;
            /**
             * @description E: other absence (training…)
             * @example 5
             */
            otherLeave: number;
            /** @description Positions of the family in the unit */
            positionCount: number;
            /**
             * @description B: public holidays
             * @example 15
             */
            publicHolidays: number;
            /** @description The WISN result with the cadre’s current staff as existing */
            result: components["schemas"]["WisnResultDto"];
            /**
             * @description D: sick leave
             * @example 10
             */
            sickLeave: number;
            unitCode: string;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            version: number;
            /**
             * @description A: working days a year
             * @example 260
             */
            workingDaysPerYear: number;
            /** @example 2025 */
            year: number;
        };
        WisnStudyPage: {
            items: components["schemas"]["WisnStudySummaryDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        WisnStudySort: "unit" | "family" | "year" | "wisnRatio";
        WisnStudySummaryDto: {
            existing: number;
            family: string;
            /** Format: uuid */
            id: string;
            requiredStaff: number;
            unitCode: string;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            version: number;
            wisnRatio: number | null;
            year: number;
        };
        WorkloadCalculationDto: {
            /**
             * @description JKE in minutes a year (default: the rule in force, 75,000)
             * @example 75000
             */
            effectiveMinutesPerYear?: number;
            /**
             * @description People holding the position now (for the difference and effectiveness)
             * @example 1
             */
            existing?: number;
            /** @description Default: the rule in force (half_up) */
            rounding?: components["schemas"]["WorkloadRounding"];
            tasks: components["schemas"]["WorkloadTaskInputDto"][];
        };
        WorkloadResultDto: {
            /** @description existing − required headcount (+ surplus, − shortage) */
            difference: number | null;
            /** @example 75000 */
            effectiveMinutesPerYear: number;
            /** @description EJ = workload / (existing × JKE), full precision; null when nobody holds it */
            effectiveness: number | null;
            effectivenessCategory: components["schemas"]["EffectivenessCategoryDto"] | null;
            /** @description EJ rounded to 2 decimals (half up), the basis of the category */
            effectivenessRounded: number | null;
            existing: number | null;
            /**
             * @description Full precision
             * @example 1.1264
             */
            requiredFte: number;
            /** @example 1 */
            requiredHeadcount: number;
            rounding: components["schemas"]["WorkloadRounding"];
            /** @description Rule versions used */
            rules: components["schemas"]["RuleRefDto"][];
            tasks: components["schemas"]["WorkloadTaskResultDto"][];
            /** @example 84480 */
            workloadMinutes: number;
        };
        /**
         * @description Default: the rule in force (half_up)
         * @enum {string}
         */
        WorkloadRounding: "half_up" | "ceil";
        WorkloadTaskDto: {
            /**
             * @description annualVolume × minutesPerUnit
             * @example 141000
             */
            annualMinutes: number;
            /**
             * @description Volume converted to a year by the rule
             * @example 4700
             */
            annualVolume: number;
            /** @example Memverifikasi berkas usulan kenaikan pangkat */
            description: string;
            /** Format: uuid */
            id: string;
            /** @example 30 */
            minutesPerUnit: number;
            /** @example berkas */
            outputUnit: string;
            /** Format: uuid */
            positionId: string;
            sortOrder: number;
            version: number;
            /**
             * @description Volume in its period, as entered
             * @example 20
             */
            volume: number;
            volumePeriod: components["schemas"]["VolumePeriod"];
        };
        WorkloadTaskInputDto: {
            /**
             * @description Standard minutes per output unit
             * @example 30
             */
            minutesPerUnit: number;
            /** @default year */
            period: components["schemas"]["VolumePeriod"];
            /**
             * @description Output volume in the period (a year unless `period` says otherwise)
             * @example 1200
             */
            volume: number;
        };
        WorkloadTaskResultDto: {
            /** @description Volume converted to a year */
            annualVolume: number;
            /** @description annualVolume × minutesPerUnit */
            minutes: number;
            minutesPerUnit: number;
            period: components["schemas"]["VolumePeriod"];
            volume: number;
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
    listCompetencies: {
        parameters: {
            query?: {
                jobFamily?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Search code or name */
                q?: string;
                softSkill?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                type?: components["schemas"]["CompetencyType"];
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
                    "application/json": components["schemas"]["CompetencyPage"];
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
    createCompetency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompetencyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetencyDto"];
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
    getCompetency: {
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
                    "application/json": components["schemas"]["CompetencyDto"];
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
    deleteCompetency: {
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
    updateCompetency: {
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
                "application/json": components["schemas"]["UpdateCompetencyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetencyDto"];
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
    calculateJpm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JpmCalculationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JpmResultDto"];
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
    getCompetencyGaps: {
        parameters: {
            query?: {
                category?: components["schemas"]["JpmFilter"];
                /** @description One employee, with every competency */
                employeeId?: string;
                /** @description A unit subtree (default: your scope) */
                orgUnitId?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description The holders of one position */
                positionId?: string;
                sortBy?: components["schemas"]["GapSort"];
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
                    "application/json": components["schemas"]["GapPageDto"];
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
    getCompetencyHeatmap: {
        parameters: {
            query?: {
                /** @description Rows are the units directly below this one (default: your unit, or the city) */
                orgUnitId?: string;
                type?: components["schemas"]["CompetencyType"];
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
                    "application/json": components["schemas"]["HeatmapDto"];
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
    bulkAssignCompetencyStandard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAssignStandardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkAssignResultDto"];
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
    listAssessments: {
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
                    "application/json": components["schemas"]["AssessmentDto"][];
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
    createAssessment: {
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
                "application/json": components["schemas"]["CreateAssessmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDto"];
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
    getNeedsAnalysis: {
        parameters: {
            query?: {
                /** @description First year of the projection (default: this year) */
                baseYear?: number;
                groupBy?: components["schemas"]["AnalysisGroupBy"];
                /** @description Years projected, base year included */
                horizon?: number;
                kind?: components["schemas"]["PositionKind"];
                method?: components["schemas"]["NeedsMethod"];
                /** @description Unit subtree (default: your unit, or the whole city) */
                orgUnitId?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Search position title or unit name */
                q?: string;
                /** @description Compute under a what-if scenario */
                scenarioId?: string;
                sector?: components["schemas"]["Sector"];
                /** @description Only rows with a shortage in the base year */
                shortageOnly?: string;
                /** @description Year columns sort by the base year */
                sortBy?: components["schemas"]["AnalysisSort"];
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
                    "application/json": components["schemas"]["AnalysisPageDto"];
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
    getNeedsDashboard: {
        parameters: {
            query?: {
                /** @description First year of the projection (default: this year) */
                baseYear?: number;
                /** @description Years projected, base year included */
                horizon?: number;
                /** @description Unit subtree (default: your unit, or the whole city) */
                orgUnitId?: string;
                /** @description Compute under a what-if scenario */
                scenarioId?: string;
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
                    "application/json": components["schemas"]["NeedsDashboardDto"];
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
    exportNeedsAnalysis: {
        parameters: {
            query?: {
                /** @description First year of the projection (default: this year) */
                baseYear?: number;
                groupBy?: components["schemas"]["AnalysisGroupBy"];
                /** @description Years projected, base year included */
                horizon?: number;
                kind?: components["schemas"]["PositionKind"];
                method?: components["schemas"]["NeedsMethod"];
                /** @description Unit subtree (default: your unit, or the whole city) */
                orgUnitId?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Search position title or unit name */
                q?: string;
                /** @description Compute under a what-if scenario */
                scenarioId?: string;
                sector?: components["schemas"]["Sector"];
                /** @description Only rows with a shortage in the base year */
                shortageOnly?: string;
                /** @description Year columns sort by the base year */
                sortBy?: components["schemas"]["AnalysisSort"];
                sortOrder?: components["schemas"]["SortOrder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    explainPositionNeed: {
        parameters: {
            query?: {
                /** @description First year of the projection (default: this year) */
                baseYear?: number;
                /** @description Years projected, base year included */
                horizon?: number;
                /** @description Compute under a what-if scenario */
                scenarioId?: string;
            };
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
                    "application/json": components["schemas"]["PositionExplainDto"];
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
    calculateWisn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WisnCalculationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WisnResultDto"];
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
    calculateWorkload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkloadCalculationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkloadResultDto"];
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
    listRatioNorms: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                positionId?: string;
                /** @description Search name or family */
                q?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                unitKind?: components["schemas"]["UnitKind"];
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
                    "application/json": components["schemas"]["RatioNormPage"];
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
    createRatioNorm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRatioNormDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatioNormDto"];
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
    getRatioNorm: {
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
                    "application/json": components["schemas"]["RatioNormDto"];
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
    deleteRatioNorm: {
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
    updateRatioNorm: {
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
                "application/json": components["schemas"]["UpdateRatioNormDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatioNormDto"];
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
    listPlans: {
        parameters: {
            query?: {
                /** @description Plans waiting for an action you may take (submitted → verify, verified → approve) */
                inbox?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                sortBy?: components["schemas"]["PlanSort"];
                sortOrder?: components["schemas"]["SortOrder"];
                status?: components["schemas"]["PlanStatus"];
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
                    "application/json": components["schemas"]["PlanPage"];
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
    createPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
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
    getPlan: {
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
                    "application/json": components["schemas"]["PlanDto"];
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
    deletePlan: {
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
    updatePlan: {
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
                "application/json": components["schemas"]["UpdatePlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
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
    approvePlan: {
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
                "application/json": components["schemas"]["PlanTransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
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
    copyPlan: {
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
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
    exportPlan: {
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
            /** @description The workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    addPlanLine: {
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
                "application/json": components["schemas"]["AddPlanLineDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
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
    deletePlanLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                lineId: string;
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
                    "application/json": components["schemas"]["PlanDto"];
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
    updatePlanLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                lineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlanLineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
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
    optimisePlan: {
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
                "application/json": components["schemas"]["OptimisePlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
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
    rejectPlan: {
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
                "application/json": components["schemas"]["RejectPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
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
    submitPlan: {
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
                "application/json": components["schemas"]["PlanTransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
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
    verifyPlan: {
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
                "application/json": components["schemas"]["PlanTransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
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
    listWorkloadTasks: {
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
                    "application/json": components["schemas"]["PositionWorkloadDto"];
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
    createWorkloadTask: {
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
                "application/json": components["schemas"]["CreateWorkloadTaskDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkloadTaskDto"];
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
    deleteWorkloadTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
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
    updateWorkloadTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkloadTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkloadTaskDto"];
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
    listScenarios: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["ScenarioPage"];
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
    createScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScenarioDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioDto"];
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
    getScenario: {
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
                    "application/json": components["schemas"]["ScenarioDto"];
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
    deleteScenario: {
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
    updateScenario: {
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
                "application/json": components["schemas"]["UpdateScenarioDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioDto"];
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
    compareScenario: {
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
                    "application/json": components["schemas"]["ScenarioComparisonDto"];
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
    listWisnStudies: {
        parameters: {
            query?: {
                family?: string;
                /** @description This unit and everything below it */
                orgUnitId?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                sortBy?: components["schemas"]["WisnStudySort"];
                sortOrder?: components["schemas"]["SortOrder"];
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
                    "application/json": components["schemas"]["WisnStudyPage"];
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
    createWisnStudy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWisnStudyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WisnStudyDto"];
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
    getWisnStudy: {
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
                    "application/json": components["schemas"]["WisnStudyDto"];
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
    deleteWisnStudy: {
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
    updateWisnStudy: {
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
                "application/json": components["schemas"]["UpdateWisnStudyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WisnStudyDto"];
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
    calculateIkm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IkmCalculationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IkmResultDto"];
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
    calculatePredicate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PredicateCalculationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PredicateResultDto"];
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
    getCompetencyStandard: {
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
                    "application/json": components["schemas"]["PositionStandardDto"];
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
    replaceCompetencyStandard: {
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
                "application/json": components["schemas"]["ReplaceStandardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionStandardDto"];
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
    copyCompetencyStandard: {
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
                "application/json": components["schemas"]["CopyStandardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionStandardDto"];
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
    checkCertificate: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateCheckDto"];
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
            /** @description Not found, or outside your unit */
            404: {
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
    submitAppeal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitAppealDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicAppealDto"];
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
    uploadApplicationDocument: {
        parameters: {
            query?: never;
            header: {
                /** @description The access code given at registration */
                "X-Access-Code": string;
            };
            path: {
                registrationNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF or JPEG
                     */
                    file: string;
                    /** @description One of the round's document keys */
                    kind: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedDocumentDto"];
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
    listPublicRecruitmentRounds: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                sortOrder?: components["schemas"]["SortOrder"];
                type?: components["schemas"]["RoundType"];
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
                    "application/json": components["schemas"]["PublicRecruitmentRoundPage"];
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
    getPublicRecruitmentRound: {
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
                    "application/json": components["schemas"]["PublicRoundDto"];
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
    getRoundAnnouncements: {
        parameters: {
            query?: {
                /** @description With vacancyId: the stage (default the latest publication) */
                stage?: components["schemas"]["ResultStage"];
                /** @description A vacancy: its published list */
                vacancyId?: string;
            };
            header?: {
                /** @description The ETag you hold: 304 when unchanged */
                "If-None-Match"?: string;
            };
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
                    "application/json": components["schemas"]["RoundAnnouncementsDto"] | components["schemas"]["VacancyAnnouncementDto"];
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
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
    registerApplication: {
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
                "application/json": components["schemas"]["RegisterApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
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
    getApplicationStatus: {
        parameters: {
            query: {
                birthDate: string;
                registrationNumber: string;
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
                    "application/json": components["schemas"]["ApplicationStatusDto"];
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
            /** @description Not found, or outside your unit */
            404: {
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
    listAppeals: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                roundId?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                status?: components["schemas"]["AppealStatus"];
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
                    "application/json": components["schemas"]["AppealPage"];
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
    answerAppeal: {
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
                "application/json": components["schemas"]["AnswerAppealDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealDto"];
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
    listApplicants: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Name (contains) or NIK (starts with) */
                q?: string;
                /** @description Applicants with an application in this round */
                roundId?: string;
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
                    "application/json": components["schemas"]["ApplicantPage"];
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
    getApplicant: {
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
                    "application/json": components["schemas"]["ApplicantDetailDto"];
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
    listApplications: {
        parameters: {
            query?: {
                adminResult?: components["schemas"]["AdminResult"];
                category?: components["schemas"]["RecruitmentCategory"];
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Name (contains) or registration number (starts with) */
                q?: string;
                roundId?: string;
                sortBy?: components["schemas"]["ApplicationSort"];
                sortOrder?: components["schemas"]["SortOrder"];
                stage?: components["schemas"]["ApplicationStage"];
                vacancyId?: string;
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
                    "application/json": components["schemas"]["ApplicationPage"];
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
    getApplication: {
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
                    "application/json": components["schemas"]["ApplicationDetailDto"];
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
    decideApplicationAdmin: {
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
                "application/json": components["schemas"]["AdminDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetailDto"];
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
    appointApplicant: {
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
                "application/json": components["schemas"]["AppointDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentDto"];
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
    getApplicationDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                kind: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as uploaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
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
    listApplicationInterviews: {
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
                    "application/json": components["schemas"]["ApplicationInterviewsDto"];
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
    correctApplicationScores: {
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
                "application/json": components["schemas"]["CorrectScoresDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationScoresDto"];
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
    exportApplications: {
        parameters: {
            query?: {
                adminResult?: components["schemas"]["AdminResult"];
                category?: components["schemas"]["RecruitmentCategory"];
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Name (contains) or registration number (starts with) */
                q?: string;
                roundId?: string;
                sortBy?: components["schemas"]["ApplicationSort"];
                sortOrder?: components["schemas"]["SortOrder"];
                stage?: components["schemas"]["ApplicationStage"];
                vacancyId?: string;
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
    calculateFinalScore: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinalScoreCalculationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinalScoreResultDto"];
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
    calculateSkd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkdCalculationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkdResultDto"];
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
    listInterviews: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Staff: the assignments of one panelist */
                panelistId?: string;
                roundId?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description pending = not yet submitted */
                status?: components["schemas"]["InterviewStatus"];
                vacancyId?: string;
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
                    "application/json": components["schemas"]["InterviewPage"];
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
    getInterview: {
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
                    "application/json": components["schemas"]["InterviewDto"];
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
    deleteInterview: {
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
            /** @description Withdrawn */
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
    declareInterviewConflict: {
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
                "application/json": components["schemas"]["DeclareNoConflictDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationResultDto"];
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
    submitInterviewScores: {
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
                "application/json": components["schemas"]["SubmitInterviewScoresDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewDto"];
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
    listPanelists: {
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
                    "application/json": components["schemas"]["PanelistDto"][];
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
    getResult: {
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
                    "application/json": components["schemas"]["ResultDto"];
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
    listRecruitmentRounds: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Search code or name */
                q?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                status?: components["schemas"]["RoundStatus"];
                type?: components["schemas"]["RoundType"];
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
                    "application/json": components["schemas"]["RecruitmentRoundPage"];
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
    createRecruitmentRound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoundDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDto"];
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
    getRecruitmentRound: {
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
                    "application/json": components["schemas"]["RoundDto"];
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
    deleteRecruitmentRound: {
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
    updateRecruitmentRound: {
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
                "application/json": components["schemas"]["UpdateRoundDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDto"];
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
    listRoundAmendments: {
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
                    "application/json": components["schemas"]["RoundAmendmentDto"][];
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
    amendRecruitmentRound: {
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
                "application/json": components["schemas"]["CreateRoundAmendmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundAmendmentDto"];
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
    closeRecruitmentRound: {
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
                "application/json": components["schemas"]["RoundVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDto"];
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
    getRoundFunnel: {
        parameters: {
            query?: {
                /** @description One vacancy of the round (404 outside your unit); default: the round (your subtree) */
                vacancyId?: string;
            };
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
                    "application/json": components["schemas"]["FunnelDto"];
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
    exportRoundFunnel: {
        parameters: {
            query?: {
                /** @description One vacancy of the round (404 outside your unit); default: the round (your subtree) */
                vacancyId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    assignPanelists: {
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
                "application/json": components["schemas"]["AssignPanelistsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignPanelistsResultDto"];
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
    listRoundPlanLines: {
        parameters: {
            query?: {
                /** @description true: only lines with seats left to open */
                available?: "true" | "false";
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Search position title or unit name */
                q?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description Lines of this unit and its subtree */
                unitId?: string;
            };
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
                    "application/json": components["schemas"]["RecruitmentPlanLinePage"];
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
    publishRecruitmentRound: {
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
                "application/json": components["schemas"]["RoundVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDto"];
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
    rankRound: {
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
                    "application/json": components["schemas"]["RankResultDto"];
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
    listRanking: {
        parameters: {
            query?: {
                category?: components["schemas"]["RecruitmentCategory"];
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description One vacancy of the round (404 outside your unit) */
                vacancyId?: string;
            };
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
                    "application/json": components["schemas"]["RankingPage"];
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
    listResults: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                sortOrder?: components["schemas"]["SortOrder"];
                stage?: components["schemas"]["ResultStage"];
            };
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
                    "application/json": components["schemas"]["RecruitmentResultPage"];
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
    publishResult: {
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
                "application/json": components["schemas"]["PublishResultDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultDto"];
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
    importScores: {
        parameters: {
            query: {
                /** @description Check only; write nothing */
                dryRun?: "true" | "false";
                /** @description skd: twk, tiu, tkp; skb: the round’s SKB components except interview; pppk: technical, managerialSocioCultural, interview */
                kind: components["schemas"]["ScoreKind"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV (comma or semicolon, UTF-8) or XLSX: registrationNumber + the kind’s score columns
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
                    "application/json": components["schemas"]["ScoreImportReportDto"];
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
            /** @description Body or file too large */
            413: {
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
    listScoreImports: {
        parameters: {
            query?: {
                kind?: components["schemas"]["ScoreKind"];
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                sortOrder?: components["schemas"]["SortOrder"];
            };
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
                    "application/json": components["schemas"]["ScoreImportPage"];
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
    getScoreTemplate: {
        parameters: {
            query: {
                format?: components["schemas"]["ExportFormat"];
                kind: components["schemas"]["ScoreKind"];
            };
            header?: never;
            path: {
                id: string;
            };
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
            /** @description Not found, or outside your unit */
            404: {
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
    shortlistRound: {
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
                    "application/json": components["schemas"]["ShortlistResultDto"];
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
    listRoundVacancies: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Search code, position title or unit name */
                q?: string;
                sortBy?: components["schemas"]["VacancySort"];
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description Vacancies of this unit and its subtree */
                unitId?: string;
            };
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
                    "application/json": components["schemas"]["RecruitmentVacancyPage"];
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
    createRoundVacancy: {
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
                "application/json": components["schemas"]["CreateVacancyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyDto"];
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
    exportRoundVacancies: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Search code, position title or unit name */
                q?: string;
                sortBy?: components["schemas"]["VacancySort"];
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description Vacancies of this unit and its subtree */
                unitId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    getRecruitmentRuleDefaults: {
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
                    "application/json": components["schemas"]["RoundRulesDto"];
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
    getRecruitmentVacancy: {
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
                    "application/json": components["schemas"]["VacancyDto"];
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
    deleteRecruitmentVacancy: {
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
    updateRecruitmentVacancy: {
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
                "application/json": components["schemas"]["UpdateVacancyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyDto"];
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
    listTrainingActivities: {
        parameters: {
            query?: {
                employeeId?: string;
                kind?: components["schemas"]["TrainingActivityKind"];
                /** @description A unit subtree (default: your scope) */
                orgUnitId?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                sortOrder?: components["schemas"]["SortOrder"];
                status?: components["schemas"]["TrainingActivityStatus"];
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
                    "application/json": components["schemas"]["TrainingActivityPage"];
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
    createTrainingActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTrainingActivityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingActivityDto"];
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
    approveTrainingActivity: {
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
                "application/json": components["schemas"]["DecideActivityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingActivityDto"];
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
    rejectTrainingActivity: {
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
                "application/json": components["schemas"]["DecideActivityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingActivityDto"];
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
    listTrainingEnrolments: {
        parameters: {
            query?: {
                employeeId?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                sessionId?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description e.g. requested: the approval inbox */
                status?: components["schemas"]["TrainingEnrolmentStatus"];
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
                    "application/json": components["schemas"]["TrainingEnrolmentPage"];
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
    approveTrainingEnrolment: {
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
                    "application/json": components["schemas"]["TrainingEnrolmentDto"];
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
    cancelTrainingEnrolment: {
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
                    "application/json": components["schemas"]["TrainingEnrolmentDto"];
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
    getEnrolmentCertificate: {
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
            /** @description The certificate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
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
    declineTrainingEnrolment: {
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
                "application/json": components["schemas"]["DecideEnrolmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingEnrolmentDto"];
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
    getTrainingHours: {
        parameters: {
            query?: {
                /** @description Only people who will not reach the JP owed by year end at their current pace */
                behindOnly?: "true" | "false";
                employeeId?: string;
                /** @description A unit subtree (default: your scope) */
                orgUnitId?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                sortBy?: components["schemas"]["TrainingHoursSort"];
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description Default: this year */
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
                    "application/json": components["schemas"]["TrainingHoursPageDto"];
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
    listDevelopmentPlans: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                sortOrder?: components["schemas"]["SortOrder"];
                status?: components["schemas"]["DevelopmentPlanStatus"];
                /** @description Plans of this unit subtree (default: your scope) */
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
                    "application/json": components["schemas"]["DevelopmentPlanPage"];
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
    createDevelopmentPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDevelopmentPlanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentPlanDto"];
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
    getDevelopmentPlan: {
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
                    "application/json": components["schemas"]["DevelopmentPlanDto"];
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
    updateDevelopmentPlan: {
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
                "application/json": components["schemas"]["UpdateDevelopmentPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentPlanDto"];
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
    approveDevelopmentPlan: {
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
                "application/json": components["schemas"]["ApproveDevelopmentPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentPlanDto"];
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
    listTrainingPrograms: {
        parameters: {
            query?: {
                /** @description Active programs only (true) or inactive only (false); default both */
                active?: "true" | "false";
                /** @description Programs that raise this competency */
                competencyId?: string;
                mode?: components["schemas"]["TrainingMode"];
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Search code, title or provider */
                q?: string;
                sortBy?: components["schemas"]["TrainingProgramSort"];
                sortOrder?: components["schemas"]["SortOrder"];
                type?: components["schemas"]["TrainingType"];
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
                    "application/json": components["schemas"]["TrainingProgramPage"];
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
    createTrainingProgram: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTrainingProgramDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingProgramDto"];
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
    getTrainingProgram: {
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
                    "application/json": components["schemas"]["TrainingProgramDto"];
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
    deleteTrainingProgram: {
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
    updateTrainingProgram: {
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
                "application/json": components["schemas"]["UpdateTrainingProgramDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingProgramDto"];
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
    listTrainingRecommendations: {
        parameters: {
            query?: {
                /** @description The employee (default: yourself). Staff: an employee of your subtree. */
                employeeId?: string;
                /** @description Most programs returned */
                limit?: number;
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
                    "application/json": components["schemas"]["RecommendationListDto"];
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
    listTrainingSessions: {
        parameters: {
            query?: {
                /** @description Sessions ending on or after this day (calendar) */
                from?: string;
                /** @description Sessions organised by this unit */
                organiserUnitId?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                programId?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                status?: components["schemas"]["TrainingSessionStatus"];
                /** @description Sessions starting on or before this day (calendar) */
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
                    "application/json": components["schemas"]["TrainingSessionPage"];
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
    createTrainingSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTrainingSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSessionDto"];
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
    getTrainingSession: {
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
                    "application/json": components["schemas"]["TrainingSessionDto"];
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
    updateTrainingSession: {
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
                "application/json": components["schemas"]["UpdateTrainingSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSessionDto"];
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
    getTrainingAttendance: {
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
                    "application/json": components["schemas"]["AttendanceSheetDto"];
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
    markTrainingAttendance: {
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
                "application/json": components["schemas"]["MarkAttendanceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceSheetDto"];
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
    cancelTrainingSession: {
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
                "application/json": components["schemas"]["CancelTrainingSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSessionDto"];
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
    completeTrainingSession: {
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
                "application/json": components["schemas"]["CompleteTrainingSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionCompletionDto"];
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
    listSessionEnrolments: {
        parameters: {
            query?: {
                employeeId?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                sessionId?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description e.g. requested: the approval inbox */
                status?: components["schemas"]["TrainingEnrolmentStatus"];
            };
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
                    "application/json": components["schemas"]["TrainingEnrolmentPage"];
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
    enrolInTrainingSession: {
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
                "application/json": components["schemas"]["EnrolDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingEnrolmentDto"];
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

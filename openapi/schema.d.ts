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
    "/api/v1/performance/coaching": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List coaching dialogues (open first, by follow-up date); `overdue=true` lists the follow-ups past their date
         * @description Scoped: employees see their own dialogues; leaders their unit subtree and the dialogues they lead; operators and planners their subtree. Overdue = open and the follow-up date is before `on` (default today) minus the grace days of `performance.monitoring`.
         */
        get: operations["listCoaching"];
        put?: never;
        /**
         * Open a coaching dialogue for a person, or from one of their (at-risk) targets: cause, agreed actions, follow-up date
         * @description By the employee’s leader chain (a leader whose subtree holds the employee, or their direct leader) or an operator / planner in scope; not for yourself (403 SELF_COACHING). `targetId` must be a target of the employee’s plan in the period (422 naming targetId). Audited; pushes `coaching.opened` on the live stream.
         */
        post: operations["createCoaching"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/coaching/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a coaching dialogue */
        get: operations["getCoaching"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a coaching dialogue: outcome, follow-up date, actions, cause; close it (requires an outcome) or reopen it
         * @description Closing without an outcome → 422 OUTCOME_REQUIRED naming `outcome`. A closed dialogue changes only when reopened (`status: open`; else 409 COACHING_CLOSED). Stale version → 409. Audited; pushes `coaching.updated`.
         */
        patch: operations["updateCoaching"];
        trace?: never;
    };
    "/api/v1/performance/ikm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public satisfaction index (IKM) of a unit (and the units below it) for a year or a quarter, with the minimum sample and the trend
         * @description Per element the mean of the answers given (SQL, unanswered left out), then calc/ikm.ts with the rule `ikm.scale` — the same code as `POST /performance/calculate/ikm`. An element nobody answered leaves the index and grade null. The population is the sum of the active services’ annualUsers (a quarter of it for a quarter); minimumSample is Krejcie & Morgan. The trend covers the eight quarters ending with the one asked about (or the year’s last, this quarter for the current year). Days are WIB.
         */
        get: operations["getIkmReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/ikm/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Comments left with the feedback (a unit and the units below it), newest first, to moderate
         * @description pending: not yet moderated (not public); published: shown on the service’s public page with the reply; hidden: never shown. Contact details appear here only.
         */
        get: operations["listIkmComments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/ikm/comments/{responseId}": {
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
        /** Publish or hide a comment, with an optional public reply (audited) */
        patch: operations["moderateIkmComment"];
        trace?: never;
    };
    "/api/v1/performance/ikm/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the service desks citizens rate (a unit and the units below it), with their responses so far */
        get: operations["listIkmServices"];
        put?: never;
        /**
         * Create a service desk with its public code (audited)
         * @description The code is unique (409 SERVICE_CODE_TAKEN naming `code`).
         */
        post: operations["createIkmService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/ikm/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A service desk */
        get: operations["getIkmService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a service desk (name, desk, code, annual users, active) with its version (audited) */
        patch: operations["updateIkmService"];
        trace?: never;
    };
    "/api/v1/performance/ikm/services/{id}/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The QR code (SVG) to print at the desk: it opens the public form `<origin>/umpan-balik/<code>`
         * @description The origin is the one this server was reached at (X-Forwarded-Proto/Host honoured behind a proxy). The URL is also the SVG’s title.
         */
        get: operations["getIkmServiceQr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Monitoring board: each person’s realisation against the expected pace, who has not reported this checkpoint, at-risk targets, unit roll-ups
         * @description Scope: your unit subtree (leaders: theirs; city-wide roles: the city), narrowed by `unitId` (404 outside your scope). `on` (default today, WIB) sets the pace day and the checkpoint; for a past day the realised quantities are those of the latest reports (not returned) dated on or before it. A target is at risk when expected − realisedShare > the `performance.monitoring` threshold (calc/pace.ts, computed in SQL). Only approved plans count for the pace. People: at risk first (most behind first), then those not reported this checkpoint, then by name; `atRiskOnly` keeps the at-risk ones. Units: the selected unit (or the city) and its direct children, each rolled up over its subtree.
         */
        get: operations["getMonitoring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/monitoring/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monitoring board as XLSX: summary, units and every person (not paged), same filters */
        get: operations["exportMonitoring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List performance periods (newest first) with the checkpoint of today (or `on`) */
        get: operations["listPerformancePeriods"];
        put?: never;
        /**
         * Create a performance period (a year with monthly or quarterly checkpoints)
         * @description checkpoints defaults to the reference rule `performance.monitoring` in force on startsOn. 400 names `endsOn` when it is before `startsOn`. Audited.
         */
        post: operations["createPerformancePeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/periods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a performance period */
        get: operations["getPerformancePeriod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a period (name, dates, checkpoints) or close it
         * @description A closed period’s plans no longer change (409 PERIOD_CLOSED). Stale version: 409 STALE_VERSION. Audited.
         */
        patch: operations["updatePerformancePeriod"];
        trace?: never;
    };
    "/api/v1/performance/periods/{id}/units/{unitId}/distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The distribution of the annual predicates of a unit’s own staff against the limits for its rating, with violations and missing evaluations
         * @description Staff = the plans of the period in the unit (not its subtree). Counts include draft and final annual evaluations; `missing` lists staff without a final one. Limits from the reference rule `performance.distribution_limits` (minimums rounded up, maximums down).
         */
        get: operations["getUnitDistribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/periods/{id}/units/{unitId}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lock the unit’s annual results after the distribution check: no more evaluation changes in the unit
         * @description 422 UNIT_RATING_REQUIRED (naming `rating`), 422 EVALUATIONS_MISSING (staff without a final annual evaluation), 409 DISTRIBUTION_VIOLATED with `errors[]` naming `distribution.<predicate group>` and the counts in each message (also `counts` and `violations` in the body), 409 UNIT_LOCKED when already locked. Stores the distribution; audited.
         */
        post: operations["lockUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/periods/{id}/units/{unitId}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a unit’s own rating for the period (sets its distribution limits and its head’s result rating)
         * @description 409 UNIT_LOCKED once the unit’s annual results are locked; STALE_VERSION when `version` is sent and stale. Audited.
         */
        put: operations["setUnitRating"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List SKP plans (employees: their own; leaders: their subtree, their own and the plans they lead; others: their subtree)
         * @description `awaitingMe=true`: the submitted plans whose direct leader is you (the approval inbox). Filters: periodId, unitId (subtree), status, employeeId, q (name or NIP).
         */
        get: operations["listPerformancePlans"];
        put?: never;
        /**
         * Create a draft plan for an employee in a period (default: yourself)
         * @description One plan per employee per period (409 PLAN_EXISTS naming `employeeId`). Employees create their own only; operators, planners and leaders for employees in their subtree (404 EMPLOYEE_NOT_FOUND outside it). The direct leader is resolved (head of the unit, or of the nearest unit above for heads). A closed period: 409 PERIOD_CLOSED. Audited.
         */
        post: operations["createPerformancePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a plan with its targets (pace as of today or `on`) and the leader’s targets to cascade from
         * @description Per target: realisedShare = realised ÷ quantity, expected = the share of its window (period start → deadline, start + months, or the period end) elapsed, atRisk when behind by more than the `performance.monitoring` threshold. `allowedActions` says what you may do now.
         */
        get: operations["getPerformancePlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/plans/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submitted plan (the direct leader only)
         * @description 403 NOT_DIRECT_LEADER for anyone but the plan’s leader (planners/admins approve plans without a leader in post). 409 PLAN_NOT_SUBMITTED / PLAN_APPROVED, stale version. Event `plan.approved`; audited.
         */
        post: operations["approvePerformancePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/plans/{id}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The evaluations of a plan (annual and checkpoints) with the unit rating, whether the employee heads the unit, and the coaching count
         * @description Scoped like the plan: employees their own, leaders their subtree and the plans they lead.
         */
        get: operations["getPlanEvaluation"];
        /**
         * Save a checkpoint or annual evaluation as a draft: result rating, the seven BerAKHLAK values with notes, the predicate from the matrix
         * @description Only the plan’s direct leader (403 NOT_DIRECT_LEADER) or a planner / administrator, on an approved plan (409 PLAN_NOT_APPROVED). The behaviour rating defaults to the median of the seven values; the predicate comes from the same code as `POST /performance/calculate/predicate`. The head of a unit is rated by the unit’s rating (istimewa → above, baik → meets, others → below; 422 UNIT_RATING_REQUIRED naming `resultRating` for the annual one while the unit is unrated). Saving over a final evaluation reopens it as a draft (needs `version`). 409 UNIT_LOCKED once the unit’s results are locked.
         */
        put: operations["savePlanEvaluation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/plans/{id}/evaluation/finalise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalise an evaluation; an annual predicate below Baik needs a coaching dialogue recorded for the employee in the period
         * @description 422 COACHING_REQUIRED naming `coaching` for an annual Butuh Perbaikan, Kurang or Sangat Kurang without a coaching record; 409 EVALUATION_FINAL, UNIT_LOCKED, STALE_VERSION. Pushes `evaluation.finalised`.
         */
        post: operations["finalisePlanEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/plans/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a submitted plan to the employee with a reason (the direct leader only): back to draft
         * @description The reason is shown on the plan (`returnReason`) until it is submitted again. Event `plan.returned`; audited.
         */
        post: operations["returnPerformancePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/plans/{id}/revise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revise an approved plan with a reason (the employee or the direct leader): back to draft, revision + 1
         * @description Records the approved targets before the change in a revision row (`GET /performance/plans/{id}/revisions`) and an audit event in the same transaction; target ids stay, so reports survive. Then edit, submit and approve again. 409 PLAN_NOT_APPROVED for a draft or submitted plan.
         */
        post: operations["revisePerformancePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/plans/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The revisions of a plan, oldest first: reason, the approved targets before, who and when */
        get: operations["listPerformancePlanRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/plans/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft plan to the direct leader (the plan’s employee)
         * @description The weights must add up to 100 (±0.01) with at least one target: 422 WEIGHTS_NOT_100 / PLAN_WITHOUT_TARGETS naming `targets`. The direct leader is resolved now. 403 NOT_PLAN_OWNER for anyone else. Event `plan.submitted`; audited.
         */
        post: operations["submitPerformancePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/plans/{id}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the targets of a draft plan (ids kept when given, so their reports stay)
         * @description The employee or an operator/planner in scope edits everything; a leader only the expectations of the existing targets (403 LEADER_EXPECTATIONS_ONLY naming the fields). 409 PLAN_APPROVED (revise it first) / PLAN_SUBMITTED; stale version 409 STALE_VERSION. 422 TARGETS_INVALID naming `targets.<i>.parentTargetId` (not a target of the direct leader’s plan in the same period), `targets.<i>.deadline` (outside the period), `targets.<i>.id` (not a target of this plan) or `targets` (removing a target with reports). 400 names bad fields (`targets.0.quantity`, `targets.0.weight`, `targets.0.qualityPct`, `targets.0.months` with a deadline too). Audited.
         */
        put: operations["putPerformancePlanTargets"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/plans/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a target template to every holder of a position (by title or id) or of a unit subtree
         * @description Creates draft plans where missing and appends the targets to draft plans; submitted and approved plans are skipped (listed with the reason). `dryRun` counts without writing. One transaction, set-based statements, one audit event with the counts. 404 for a unit (or position) outside your scope.
         */
        post: operations["bulkApplyPerformanceTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress reports in your reach, newest first (the leader’s inbox with status=pending&awaitingMe=true; employees: their own history) */
        get: operations["listReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One progress report */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/reports/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or return a pending report (the direct leader, or a leader above in the unit tree)
         * @description A returned report needs a `comment` (400 naming it) and no longer counts: the target falls back to the latest report not returned, and its pace and at-risk flag are recomputed. Only pending reports (409 REPORT_DECIDED); `version` guards against stale decisions (409 STALE_VERSION). Live events `report.accepted` / `report.returned` (+ at-risk changes).
         */
        post: operations["decideReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/reports/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the evidence file of a report (as uploaded; not cached) */
        get: operations["getReportEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live performance events in your scope (reports, decisions, pace changes, plans, coaching, evaluations)
         * @description A `text/event-stream` shared by every API process (PostgreSQL LISTEN/NOTIFY). `ready` first, a `ping` every 25 s, then the events of your scope as they are committed: your unit subtree (and your own) for leaders and operators, everything for planners and admins, only your own for employees. Each event has `id` (the event id, increasing), `event` (its type: `report.submitted`, `report.accepted`, `report.returned`, `target.at_risk`, `target.back_on_track`, `plan.submitted`, `plan.approved`, `plan.returned`, `coaching.opened`, `coaching.updated`, `evaluation.finalised`) and `data` (JSON: the ids, names and figures a board needs to update a row, plus `at`). With `Last-Event-ID` (or `?lastEventId=`) the events in scope after that id are replayed first (at most 1000, oldest first), then live ones follow without duplicates. `ready` (data `{scope, employeeOnly, replayed?}`) and `ping` carry the id the stream is up to, so a reconnecting EventSource resumes from there (`retry: 3000`). A client that stops reading is disconnected once 4 MB wait for it; it resumes the same way.
         */
        get: operations["streamPerformanceEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/target-tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unit’s tree of targets in a period: each target under the leader’s target it supports
         * @description Roots are the targets without a parent in the unit’s subtree (e.g. the head’s targets, which cascade from the unit above). unitId defaults to your unit; pace as of today or `on`.
         */
        get: operations["getPerformanceTargetTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/targets/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A target’s progress reports, newest first */
        get: operations["listTargetReports"];
        put?: never;
        /**
         * Report progress on one of my targets: realised quantity or percentage, a note and evidence (link or file)
         * @description Only the employee whose plan it is (another person’s target answers 404 TARGET_NOT_FOUND naming `targetId`; a leader or operator who can see it gets 403 NOT_PLAN_OWNER). The plan must be approved (409 PLAN_NOT_APPROVED). Exactly one of `realised` (cumulative quantity) and `realisedPercent` (stored as quantity × percent ÷ 100, givenAs = percent). `reportedOn` defaults to today (WIB), within the period and not in the future. One transaction: the report (and its file), the target’s realised quantity, pace and at-risk flag, the audit event and the live events (`report.submitted`, plus `target.at_risk` / `target.back_on_track` when the flag changes).
         */
        post: operations["submitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/performance/units/{unitId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unit performance: target realisation against the expected pace, final annual predicates with the unit rating and lock, and the IKM — for the unit and each child unit
         * @description Figures cover the unit and everything below it; `children` gives the same figures per direct child unit (the planner’s city view asks for the root). Pace as calc/pace.ts on `on` (default today) with the threshold of `performance.monitoring`; realisation and expected are weighted by the targets’ weights over approved plans. Predicates: final annual evaluations (checkpoint 0); rating and locked are the unit’s own. IKM: responses within the period’s dates.
         */
        get: operations["getUnitPerformanceSummary"];
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
    "/api/v1/public/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Public: rate a service — nine answers 1–4 (null = not answered, at least five answered), an optional comment and contact for a reply
         * @description Flood protection from the rule `ikm.flood_protection`, counted in the database (all API processes): per device per day (429 FEEDBACK_DEVICE_LIMIT), per network address per hour, generous so an office’s shared Wi-Fi is fine (429 FEEDBACK_ADDRESS_LIMIT), both with Retry-After; the same answers and comment for the same service from the same device (or address) within the window: 409 DUPLICATE_FEEDBACK. Bad answers: 400 naming `answers.<i>` or `answers`. Nothing personal is stored unless contact details are given; the address and device only as keyed hashes.
         */
        post: operations["submitFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/ikm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public: the published IKM of the year per unit (its own services) and for the city
         * @description Units with responses in the year, by name, with the converted index and grade (null when an element has no answer). Cached for 30 s; ETag, 304 on If-None-Match.
         */
        get: operations["getPublicIkm"];
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
    "/api/v1/public/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: the units with service desks citizens can rate, each with its active services */
        get: operations["listPublicServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/services/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: one service desk by its code (from the QR code), with the nine elements to answer and its published comments */
        get: operations["getPublicService"];
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
        BehaviourScoreDto: {
            /**
             * @description The evidence behind the rating
             * @example Ramah dan sigap melayani pasien lansia
             */
            note?: string;
            /** @description above, meets or below expectations */
            rating: components["schemas"]["PerformanceRating"];
        };
        BehaviourScoreOutDto: {
            note: string | null;
            rating: components["schemas"]["PerformanceRating"];
        };
        BehavioursDto: {
            /** @description Adaptif */
            adaptif: components["schemas"]["BehaviourScoreDto"];
            /** @description Akuntabel */
            akuntabel: components["schemas"]["BehaviourScoreDto"];
            /** @description Berorientasi Pelayanan */
            berorientasi_pelayanan: components["schemas"]["BehaviourScoreDto"];
            /** @description Harmonis */
            harmonis: components["schemas"]["BehaviourScoreDto"];
            /** @description Kolaboratif */
            kolaboratif: components["schemas"]["BehaviourScoreDto"];
            /** @description Kompeten */
            kompeten: components["schemas"]["BehaviourScoreDto"];
            /** @description Loyal */
            loyal: components["schemas"]["BehaviourScoreDto"];
        };
        BehavioursOutDto: {
            adaptif: components["schemas"]["BehaviourScoreOutDto"];
            akuntabel: components["schemas"]["BehaviourScoreOutDto"];
            berorientasi_pelayanan: components["schemas"]["BehaviourScoreOutDto"];
            harmonis: components["schemas"]["BehaviourScoreOutDto"];
            kolaboratif: components["schemas"]["BehaviourScoreOutDto"];
            kompeten: components["schemas"]["BehaviourScoreOutDto"];
            loyal: components["schemas"]["BehaviourScoreOutDto"];
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
        BulkPlansDto: {
            /**
             * @description Count only: nothing is written
             * @default false
             */
            dryRun: boolean;
            /** Format: uuid */
            periodId: string;
            /**
             * Format: uuid
             * @description Holders of this one position (instead of positionTitle)
             */
            positionId?: string;
            /**
             * @description Holders of positions with this title (case-insensitive), anywhere in the subtree
             * @example Perawat
             */
            positionTitle?: string;
            /** @description The targets appended to each plan */
            targets: components["schemas"]["TemplateTargetInputDto"][];
            /**
             * Format: uuid
             * @description The holders in this unit and every unit below it
             */
            unitId: string;
        };
        BulkPlansResultDto: {
            dryRun: boolean;
            /** @description Active holders matched */
            employees: number;
            /** @description Draft plans created */
            plansCreated: number;
            /** @description Existing draft plans the targets were appended to */
            plansExtended: number;
            /** @description Holders whose plan is submitted or approved (left unchanged) */
            skipped: components["schemas"]["BulkSkippedDto"][];
            /** @description Targets written (or that would be, in a dry run) */
            targetsAdded: number;
        };
        BulkSkippedDto: {
            /** Format: uuid */
            employeeId: string;
            name: string;
            reason: components["schemas"]["PerformanceBulkSkipReason"];
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
        CoachingActionDto: {
            /**
             * @description An agreed action
             * @example Jadwalkan ulang kunjungan rumah yang tertunda
             */
            action: string;
            /**
             * @description By when (yyyy-mm-dd)
             * @example 2026-12-15
             */
            due?: string;
            /**
             * @description Who does it (free text: the employee, the leader, a colleague)
             * @example Pegawai
             */
            owner?: string;
        };
        CoachingDto: {
            actions: components["schemas"]["CoachingActionDto"][];
            cause: string;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            employeeId: string;
            employeeName: string;
            /** @example 2026-12-20 */
            followUpOn: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The leader who coaches (the direct leader when opened by someone else)
             */
            leaderEmployeeId: string | null;
            leaderName: string | null;
            /** @example 198506152010012001 */
            nip: string;
            openedByName: string | null;
            outcome: string | null;
            /** @description Open and the follow-up date is past (as of `on` or today) */
            overdue: boolean;
            /** Format: uuid */
            periodId: string;
            periodName: string;
            /** Format: uuid */
            planId: string | null;
            status: components["schemas"]["CoachingStatus"];
            /** Format: uuid */
            targetId: string | null;
            targetTitle: string | null;
            /** Format: uuid */
            unitId: string | null;
            unitName: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CoachingPage: {
            items: components["schemas"]["CoachingDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        CoachingStatus: "open" | "closed";
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
        CreateCoachingDto: {
            /** @description The agreed actions (at least one) */
            actions: components["schemas"]["CoachingActionDto"][];
            /**
             * @description The cause found together
             * @example Kunjungan rumah tertunda karena kendaraan operasional rusak
             */
            cause: string;
            /**
             * Format: uuid
             * @description The employee coached (in your unit subtree, or one you lead directly)
             */
            employeeId: string;
            /**
             * @description Follow-up date (yyyy-mm-dd): overdue once past while the dialogue is open
             * @example 2026-12-20
             */
            followUpOn: string;
            /** Format: uuid */
            periodId: string;
            /**
             * Format: uuid
             * @description The target the dialogue is about (opened from an at-risk target): a target of the employee’s plan in the period
             */
            targetId?: string;
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
        CreateIkmServiceDto: {
            /**
             * @description Service users per year (the population N of the minimum sample)
             * @example 12000
             */
            annualUsers?: number;
            /**
             * @description Short public code printed in the QR code (capital letters, digits, dashes)
             * @example PKM-PONCOL-UMUM
             */
            code: string;
            /** @example Loket 1 */
            desk?: string;
            /** @example Poli Umum */
            name: string;
            /**
             * Format: uuid
             * @description The unit that serves
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
        CreatePerformancePlanDto: {
            /**
             * Format: uuid
             * @description Default: the caller’s own employee record
             */
            employeeId?: string;
            /** Format: uuid */
            periodId: string;
        };
        CreatePeriodDto: {
            /** @description Default from the reference rule `performance.monitoring` */
            checkpoints?: components["schemas"]["PerformanceCheckpoints"];
            /**
             * @description On or after startsOn
             * @example 2026-12-31
             */
            endsOn: string;
            /** @example SKP 2026 */
            name: string;
            /** @example 2026-01-01 */
            startsOn: string;
            /** @example 2026 */
            year: number;
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
        CreateReportDto: {
            /**
             * @description An http(s) link to the evidence
             * @example https://drive.semarangkota.go.id/laporan/123
             */
            evidenceLink?: string;
            /** @example Posyandu Kelurahan Bulu Lor selesai, 48 balita ditimbang. */
            note?: string;
            /**
             * @description Cumulative quantity realised so far, in the target’s unit (≥ 0, two decimals)
             * @example 42
             */
            realised?: number;
            /**
             * @description Or: the share realised in percent of the target quantity (0–1000); stored as quantity × percent / 100
             * @example 35
             */
            realisedPercent?: number;
            /**
             * @description Day the progress refers to (default today, WIB); within the period, not in the future
             * @example 2026-05-20
             */
            reportedOn?: string;
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
        DistributionLimitDto: {
            /** @description How many there are now (annual evaluations, draft or final) */
            actual: number;
            /**
             * @description The count for this unit’s staff: at least (min, rounded up) or at most (max, rounded down)
             * @example 7
             */
            count: number;
            /**
             * @description The rule’s group: one predicate or several joined by `_or_`
             * @example baik
             */
            group: string;
            kind: components["schemas"]["DistributionLimitKind"];
            predicates: components["schemas"]["PerformancePredicate"][];
            /**
             * @description Share of the staff (0–1), null for a plain count
             * @example 0.7
             */
            share: number | null;
        };
        /** @enum {string} */
        DistributionLimitKind: "min" | "max";
        DistributionViolationDto: {
            /** @example 8 */
            actual: number;
            /**
             * @description How many people must move for the rule to hold
             * @example 1
             */
            excess: number;
            /** @example baik */
            group: string;
            kind: components["schemas"]["DistributionLimitKind"];
            /**
             * @description The count the rule asks for
             * @example 7
             */
            limit: number;
            /** @example at most 7 of 10 may be Baik (70%); 8 are */
            message: string;
            predicates: components["schemas"]["PerformancePredicate"][];
            share: number | null;
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
        EvaluationDto: {
            behaviourRating: components["schemas"]["PerformanceRating"];
            behaviours: components["schemas"]["BehavioursOutDto"];
            /** @description 0 = annual; 1… = a checkpoint */
            checkpoint: number;
            /** @description Butuh Perbaikan or worse: a coaching dialogue is required before an annual one is finalised */
            coachingRequired: boolean;
            evaluatorName: string | null;
            /** Format: date-time */
            finalisedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @example Baik */
            label: string;
            note: string | null;
            predicate: components["schemas"]["PerformancePredicate"];
            /** @description true when the result rating was taken from the unit’s rating (the head of the unit) */
            resultFromUnitRating: boolean;
            resultRating: components["schemas"]["PerformanceRating"];
            status: components["schemas"]["EvaluationStatus"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        /** @enum {string} */
        EvaluationStatus: "draft" | "final";
        EvidenceFileDto: {
            /**
             * @example image/jpeg
             * @enum {string}
             */
            contentType: "image/jpeg" | "image/png" | "application/pdf";
            /** @example posyandu.jpg */
            fileName: string;
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256: string;
            /** @example 184320 */
            size: number;
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
        FeedbackReceiptDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            receivedAt: string;
        };
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
        FinaliseEvaluationDto: {
            /**
             * @description 0 = annual
             * @example 0
             */
            checkpoint: number;
            /** @description The version of the evaluation you read; a stale one gets 409 */
            version: number;
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
        IkmCommentDto: {
            /** @description The nine answers (null = unanswered) */
            answers: number[] | null;
            comment: string;
            contact: string | null;
            /** @description Left by the citizen for a reply (staff only) */
            contactName: string | null;
            moderatedByName: string | null;
            reply: string | null;
            /** Format: uuid */
            responseId: string;
            serviceCode: string;
            /** Format: uuid */
            serviceId: string;
            serviceName: string;
            status: components["schemas"]["IkmCommentStatus"];
            /** Format: date-time */
            submittedAt: string;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            version: number;
        };
        IkmCommentPage: {
            items: components["schemas"]["IkmCommentDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        IkmCommentStatus: "pending" | "published" | "hidden";
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
        IkmElementLabelDto: {
            /** @example persyaratan */
            key: string;
            /** @example Persyaratan pelayanan */
            label: string;
        };
        /** @enum {string} */
        IkmGrade: "A" | "B" | "C" | "D";
        /** @enum {string} */
        IkmModerationStatus: "published" | "hidden";
        IkmReportDto: {
            /** @description Answers counted per element (unanswered left out) */
            answered: number[];
            /** @example 81.11 */
            convertedIndex: number | null;
            /**
             * @description The nine element means (NRR, 4 decimals), null for an element nobody answered
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
            elementMeans: number[] | null;
            elements: components["schemas"]["IkmElementLabelDto"][];
            /** @description responses ≥ minimumSample (null when the population is unknown) */
            enoughSample: boolean | null;
            /** @example 2026-01-01 */
            from: string;
            /** @enum {string|null} */
            grade: "A" | "B" | "C" | "D" | null;
            /**
             * @description Σ NRR / 9; null when an element has no answer
             * @example 3.2444
             */
            index: number | null;
            /** @example Baik */
            label: string | null;
            /**
             * @description Krejcie & Morgan minimum sample for the population
             * @example 278
             */
            minimumSample: number | null;
            /** @description Σ annualUsers of the active services (a quarter: a quarter of it); null when unknown */
            population: number | null;
            /** @description Responses received in the period (WIB calendar days) */
            responses: number;
            /** @example 2026-12-31 */
            to: string;
            /** @description The last 8 quarters up to the end of the period asked about, oldest first */
            trend: components["schemas"]["IkmTrendPointDto"][];
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
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
        IkmServiceDto: {
            active: boolean;
            annualUsers: number | null;
            /** @example PKM-PONCOL-UMUM */
            code: string;
            desk: string | null;
            /**
             * @description Path of the public form (the QR code points at it on this server)
             * @example /umpan-balik/PKM-PONCOL-UMUM
             */
            formPath: string;
            /** Format: uuid */
            id: string;
            /** @example Poli Umum */
            name: string;
            /** @description Responses received so far */
            responses: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            version: number;
        };
        IkmServicePage: {
            items: components["schemas"]["IkmServiceDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        IkmTrendPointDto: {
            /**
             * @description Null without responses or with an element nobody answered
             * @example 81.11
             */
            convertedIndex: number | null;
            /** @enum {string|null} */
            grade: "A" | "B" | "C" | "D" | null;
            /** @example 2026-Q1 */
            period: string;
            responses: number;
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
        LeaderTargetDto: {
            /** Format: uuid */
            id: string;
            title: string;
        };
        LockUnitDto: {
            /** @description The version of the unit rating you read; a stale one gets 409 */
            version?: number;
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
        MissingEvaluationDto: {
            /** Format: uuid */
            employeeId: string;
            name: string;
            nip: string;
            /** Format: uuid */
            planId: string;
            /** @description No annual evaluation yet, or a draft one */
            status: components["schemas"]["MissingEvaluationStatus"];
        };
        /**
         * @description No annual evaluation yet, or a draft one
         * @enum {string}
         */
        MissingEvaluationStatus: "none" | "draft";
        ModerateIkmCommentDto: {
            /** @description A public reply shown under the comment */
            reply?: string | null;
            status: components["schemas"]["IkmModerationStatus"];
            /** @description The version you read (409 STALE_VERSION when it changed meanwhile) */
            version: number;
        };
        MonitoringCheckpointDto: {
            /** @example 2026-06-30 */
            endsOn: string;
            /**
             * @description Index of the checkpoint containing `on` (1…12 monthly, 1…4 quarterly)
             * @example 6
             */
            index: number;
            /** @example 2026-06-01 */
            startsOn: string;
        };
        MonitoringDto: {
            checkpoint: components["schemas"]["MonitoringCheckpointDto"];
            /** @example 2026-06-15 */
            on: string;
            /** @description At risk first (most behind first), then not reported this checkpoint, then by name */
            people: components["schemas"]["MonitoringPeoplePageDto"];
            period: components["schemas"]["MonitoringPeriodDto"];
            /**
             * @description At-risk threshold (performance.monitoring rule): behind pace by more than this share
             * @example 0.15
             */
            threshold: number;
            totals: components["schemas"]["MonitoringTotalsDto"];
            /** @description The selected unit (first) and its direct children, each rolled up over its subtree */
            units: components["schemas"]["MonitoringUnitDto"][];
        };
        MonitoringPeoplePageDto: {
            items: components["schemas"]["MonitoringPersonDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        MonitoringPeriodDto: {
            checkpoints: components["schemas"]["PerformanceCheckpoints"];
            /** @example 2026-12-31 */
            endsOn: string;
            /** Format: uuid */
            id: string;
            /** @example SKP 2026 */
            name: string;
            /** @example 2026-01-01 */
            startsOn: string;
            status: components["schemas"]["PerformancePeriodStatus"];
            /** @example 2026 */
            year: number;
        };
        MonitoringPersonDto: {
            atRiskTargets: number;
            /** @description expected − realisation (positive = behind) */
            behind: number | null;
            /** Format: uuid */
            employeeId: string;
            /** @description Weighted mean expected share on `on` */
            expected: number | null;
            /** Format: date-time */
            lastReportAt: string | null;
            /** @example Dewi Lestari */
            name: string;
            /** @example 198506152010012001 */
            nip: string;
            /** @description Open coaching dialogues in the period */
            openCoaching: number;
            overdueFollowUps: number;
            /** Format: uuid */
            planId: string | null;
            /** @enum {string|null} */
            planStatus: "draft" | "submitted" | "approved" | null;
            positionTitle: string | null;
            /** @description Weighted mean realisedShare (4 decimals) */
            realisation: number | null;
            reportedThisCheckpoint: boolean;
            /** @description Targets of the approved plan */
            targets: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        MonitoringTotalsDto: {
            /** @description With an approved plan (the ones expected to report) */
            approved: number;
            /** @description People with at least one target at risk */
            atRiskPeople: number;
            atRiskTargets: number;
            /** @description Approved plans without a report this checkpoint */
            notReported: number;
            /** @description Open coaching dialogues whose follow-up date is before `on` */
            overdueFollowUps: number;
            /** @description Active employees in the subtree */
            people: number;
            /** @description Approved plans with a report (not returned) dated in this checkpoint */
            reportedThisCheckpoint: number;
            /** @description With a plan in the period (any status) */
            withPlan: number;
        };
        MonitoringUnitDto: {
            /** @description People with at least one target at risk */
            atRisk: number;
            /** @example 1 */
            depth: number;
            /**
             * @description Weighted mean expected share
             * @example 0.5
             */
            expected: number | null;
            /** @description Approved plans not reported this checkpoint */
            notReported: number;
            /** @description Active employees of the unit and everything below it */
            people: number;
            /**
             * @description Weighted mean realisedShare of the approved targets (null without any)
             * @example 0.42
             */
            realisation: number | null;
            /** @description Reported this checkpoint */
            reported: number;
            /** Format: uuid */
            unitId: string;
            /** @example Dinas Kesehatan */
            unitName: string;
            withPlan: number;
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
        PerformanceBulkSkipReason: "plan_submitted" | "plan_approved";
        /** @enum {string} */
        PerformanceCheckpoints: "monthly" | "quarterly";
        /** @enum {string} */
        PerformancePeriodStatus: "open" | "closed";
        /**
         * @description What you may do with the plan now
         * @enum {string}
         */
        PerformancePlanAction: "edit" | "submit" | "approve" | "return" | "revise";
        PerformancePlanDto: {
            /** @description What you may do with the plan now */
            allowedActions: components["schemas"]["PerformancePlanAction"][];
            /** Format: date-time */
            approvedAt: string | null;
            approvedByName: string | null;
            /**
             * @description At-risk threshold of the rule `performance.monitoring`
             * @example 0.15
             */
            atRiskThreshold: number;
            /** Format: uuid */
            employeeId: string;
            employeeName: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The direct leader (resolved when the plan was made or submitted)
             */
            leaderEmployeeId: string | null;
            leaderName: string | null;
            /** @description The targets of the leader’s plan in the same period (to cascade from) */
            leaderTargets: components["schemas"]["LeaderTargetDto"][];
            nip: string | null;
            /**
             * @description The day the pace figures are computed for
             * @example 2026-03-15
             */
            on: string;
            /** Format: uuid */
            periodId: string;
            positionTitle: string | null;
            /** @description Why the leader returned the plan (until it is submitted again) */
            returnReason: string | null;
            /**
             * @description Starts at 1; +1 at each revision of the approved plan
             * @example 1
             */
            revision: number;
            status: components["schemas"]["PerformancePlanStatus"];
            /** Format: date-time */
            submittedAt: string | null;
            targetCount: number;
            targets: components["schemas"]["TargetDto"][];
            /** Format: uuid */
            unitId: string;
            unitName: string;
            version: number;
            /** @example 100 */
            weightTotal: number;
        };
        /** @enum {string} */
        PerformancePlanStatus: "draft" | "submitted" | "approved";
        PerformancePlanSummaryDto: {
            /** Format: date-time */
            approvedAt: string | null;
            /** Format: uuid */
            employeeId: string;
            employeeName: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The direct leader (resolved when the plan was made or submitted)
             */
            leaderEmployeeId: string | null;
            leaderName: string | null;
            nip: string | null;
            /** Format: uuid */
            periodId: string;
            positionTitle: string | null;
            /**
             * @description Starts at 1; +1 at each revision of the approved plan
             * @example 1
             */
            revision: number;
            status: components["schemas"]["PerformancePlanStatus"];
            /** Format: date-time */
            submittedAt: string | null;
            targetCount: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            version: number;
            /** @example 100 */
            weightTotal: number;
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
        PeriodDto: {
            /**
             * @description Number of checkpoints in the period
             * @example 12
             */
            checkpointCount: number;
            checkpoints: components["schemas"]["PerformanceCheckpoints"];
            createdByName: string | null;
            /**
             * @description Checkpoint index of today (or `on`): months (monthly) or quarters (quarterly) since startsOn, from 1; null outside the period
             * @example 3
             */
            currentCheckpoint: number | null;
            /** @example 2026-12-31 */
            endsOn: string;
            /** Format: uuid */
            id: string;
            /** @example SKP 2026 */
            name: string;
            /** @example 2026-01-01 */
            startsOn: string;
            status: components["schemas"]["PerformancePeriodStatus"];
            version: number;
            /** @example 2026 */
            year: number;
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
        PlanEvaluationDto: {
            /** @description Whether you may save and finalise evaluations of this plan */
            canEvaluate: boolean;
            /** @description Checkpoints of the period (evaluations 1…n); 0 is the annual one */
            checkpoints: number;
            /** @description Coaching dialogues recorded for the employee in this period */
            coachingCount: number;
            /** Format: uuid */
            employeeId: string;
            employeeName: string;
            /** @description Annual (0) first, then the checkpoints in order */
            evaluations: components["schemas"]["EvaluationDto"][];
            /** @description The employee holds the head position of the plan’s unit: the result rating follows the unit rating */
            isHead: boolean;
            /** Format: uuid */
            leaderEmployeeId: string | null;
            leaderName: string | null;
            nip: string;
            /** Format: uuid */
            periodId: string;
            periodName: string;
            /** Format: uuid */
            planId: string;
            planStatus: components["schemas"]["PlanStatus"];
            positionTitle: string | null;
            /** Format: uuid */
            unitId: string;
            /** @description The unit’s annual results are locked: no more changes */
            unitLocked: boolean;
            unitName: string;
            /** @enum {string|null} */
            unitRating: "istimewa" | "baik" | "butuh_perbaikan" | "kurang" | "sangat_kurang" | null;
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
        PlanListDto: {
            items: components["schemas"]["PerformancePlanSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
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
        PlanReasonDto: {
            /** @example Target disesuaikan dengan perubahan anggaran */
            reason: string;
            /** @description The plan version you read; a stale one gets 409 */
            version: number;
        };
        PlanRevisionDto: {
            /** @description The approved plan before the revision: { status, approvedAt, approvedByName, targets: [...] } */
            before: {
                [key: string]: unknown;
            };
            byName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            reason: string;
            /** @description The revision number that was approved before this change */
            revision: number;
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
        PlanVersionDto: {
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
        PredicateCountsDto: {
            baik: number;
            butuh_perbaikan: number;
            kurang: number;
            sangat_baik: number;
            sangat_kurang: number;
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
        PublicCommentDto: {
            comment: string;
            reply: string | null;
            /** Format: date-time */
            submittedAt: string;
        };
        PublicIkmDto: {
            elements: components["schemas"]["IkmElementLabelDto"][];
            /** @example 2026-01-01 */
            from: string;
            /** @example 2026-12-31 */
            to: string;
            /** @description The whole city */
            total: components["schemas"]["PublicIkmTotalDto"];
            /** @description Units with responses in the year (their own services), by name */
            units: components["schemas"]["PublicIkmUnitDto"][];
            /** @example 2026 */
            year: number;
        };
        PublicIkmTotalDto: {
            convertedIndex: number | null;
            /** @enum {string|null} */
            grade: "A" | "B" | "C" | "D" | null;
            label: string | null;
            responses: number;
        };
        PublicIkmUnitDto: {
            /** @example 81.11 */
            convertedIndex: number | null;
            /** @enum {string|null} */
            grade: "A" | "B" | "C" | "D" | null;
            /** @example puskesmas */
            kind: string;
            /** @example Baik */
            label: string | null;
            responses: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
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
        PublicServiceDto: {
            /** @example PKM-PONCOL-UMUM */
            code: string;
            /** @description The latest published comments on this service (moderated), newest first */
            comments: components["schemas"]["PublicCommentDto"][];
            desk: string | null;
            /** @description The nine elements to answer, in order */
            elements: components["schemas"]["IkmElementLabelDto"][];
            /** Format: uuid */
            id: string;
            /** @example Poli Umum */
            name: string;
            /** Format: uuid */
            unitId: string;
            /** @example puskesmas */
            unitKind: string;
            unitName: string;
        };
        PublicServiceItemDto: {
            /** @example PKM-PONCOL-UMUM */
            code: string;
            desk: string | null;
            /** Format: uuid */
            id: string;
            /** @example Poli Umum */
            name: string;
        };
        PublicServiceUnitDto: {
            /** @example puskesmas */
            kind: string;
            services: components["schemas"]["PublicServiceItemDto"][];
            /** Format: uuid */
            unitId: string;
            unitName: string;
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
        PutTargetsDto: {
            /** @description The plan’s targets, in order: they replace the current ones (ids kept when given) */
            targets: components["schemas"]["TargetInputDto"][];
            /** @description The plan version you read; a stale one gets 409 */
            version: number;
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
        RecommendationAppraisalDto: {
            /** @example Butuh Perbaikan */
            label: string;
            /**
             * @description The BerAKHLAK values rated below expectations in that evaluation (keys, in BerAKHLAK order)
             * @example [
             *       "harmonis",
             *       "kolaboratif"
             *     ]
             */
            lowBehaviours: string[];
            /** Format: uuid */
            periodId: string;
            predicate: components["schemas"]["RecommendationAppraisalPredicate"];
            /** @example 2025 */
            year: number;
        };
        /** @enum {string} */
        RecommendationAppraisalPredicate: "butuh_perbaikan" | "kurang" | "sangat_kurang";
        RecommendationDto: {
            /** @description Ranked up because the latest final annual predicate is Butuh Perbaikan or worse (see `appraisal`) */
            appraisalBoost: boolean;
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
            /** @description The program raises a soft-skill competency (or is a soft-skill program) */
            softSkill: boolean;
            title: string;
            /** @example soft_skill */
            type: string;
        };
        RecommendationListDto: {
            /** @description The latest final annual appraisal when its predicate is Butuh Perbaikan or worse (soft-skill programs ranked first); null otherwise */
            appraisal: components["schemas"]["RecommendationAppraisalDto"] | null;
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
        /** @enum {string} */
        ReportDecision: "accept" | "return";
        ReportDecisionDto: {
            /**
             * @description Required to return a report
             * @example Lampirkan daftar hadir posyandu.
             */
            comment?: string;
            decision: components["schemas"]["ReportDecision"];
            /**
             * @description The report’s version (409 STALE_VERSION when it changed)
             * @example 1
             */
            version: number;
        };
        ReportDto: {
            /** @description The leader’s comment (required when returned) */
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            decidedByName: string | null;
            /** Format: uuid */
            employeeId: string;
            /** @example Dewi Lestari */
            employeeName: string;
            evidenceFile: components["schemas"]["EvidenceFileDto"] | null;
            evidenceLink: string | null;
            givenAs: components["schemas"]["ReportGivenAs"];
            /** Format: uuid */
            id: string;
            note: string | null;
            /** Format: uuid */
            planId: string;
            /** @example 100 */
            quantity: number;
            /** @example kegiatan */
            quantityUnit: string;
            /**
             * @description Cumulative quantity (converted from the percentage when givenAs = percent)
             * @example 42
             */
            realised: number;
            /** @example 2026-05-20 */
            reportedOn: string;
            status: components["schemas"]["ReportStatus"];
            target: components["schemas"]["ReportTargetStateDto"];
            /** Format: uuid */
            targetId: string;
            /** @example Penimbangan balita di posyandu */
            targetTitle: string;
            /** @example 1 */
            version: number;
        };
        /** @enum {string} */
        ReportGivenAs: "quantity" | "percent";
        ReportPage: {
            items: components["schemas"]["ReportDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items matching the filters */
            total: number;
        };
        /** @enum {string} */
        ReportStatus: "pending" | "accepted" | "returned";
        ReportTargetStateDto: {
            /** @description Behind pace by more than the performance.monitoring threshold */
            atRisk: boolean;
            /**
             * @description Share of the target’s time window elapsed today (4 decimals)
             * @example 0.5014
             */
            expected: number;
            /**
             * @description Cumulative quantity realised (latest report not returned)
             * @example 42
             */
            realised: number;
            /**
             * @description realised ÷ quantity (4 decimals; above 1 when exceeded)
             * @example 0.42
             */
            realisedShare: number;
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
        SaveEvaluationDto: {
            /** @description Behaviour rating (perilaku kerja); default: the median of the seven ratings */
            behaviourRating?: components["schemas"]["PerformanceRating"];
            /** @description The seven BerAKHLAK values, each rated (all seven required) */
            behaviours: components["schemas"]["BehavioursDto"];
            /**
             * @description 0 = the annual evaluation; 1…12 (monthly) or 1…4 (quarterly) = a checkpoint of the period
             * @example 0
             */
            checkpoint: number;
            /** @example Capaian target imunisasi di atas rata-rata puskesmas */
            note?: string;
            /** @description Result rating (hasil kerja). Required, except for the head of a unit: theirs follows the unit’s rating for the period (istimewa → above, baik → meets, others → below) and what is sent is ignored. */
            resultRating?: components["schemas"]["PerformanceRating"];
            /** @description The version of the evaluation you read (required to change an existing one); a stale one gets 409 */
            version?: number;
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
        SetUnitRatingDto: {
            /** @description The unit’s own rating for the period (sets the distribution limits and its head’s result rating) */
            rating: components["schemas"]["UnitRating"];
            /** @description The version you read when changing an existing rating; a stale one gets 409 */
            version?: number;
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
        SubmitFeedbackDto: {
            /**
             * @description Exactly nine answers (1–4), one per element in order; null for one left unanswered; at least five answered
             * @example [
             *       4,
             *       3,
             *       3,
             *       4,
             *       null,
             *       4,
             *       4,
             *       3,
             *       3
             *     ]
             */
            answers: (number | null)[];
            comment?: string;
            /** @description Phone or e-mail for a reply; stored only when given */
            contact?: string;
            /** @description Only for a reply; stored only when given */
            contactName?: string;
            /**
             * @description A random id the browser keeps (localStorage); also accepted as header X-Device-Id. Stored only as a keyed hash.
             * @example b3f1c0a2-5d8e-4c1b-9a7f-2e6d4c3b1a09
             */
            deviceId?: string;
            /**
             * @description The service code from the QR code (or serviceId)
             * @example PKM-PONCOL-UMUM
             */
            serviceCode?: string;
            /**
             * Format: uuid
             * @description The service (or serviceCode)
             */
            serviceId?: string;
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
        TargetDto: {
            /** @description Behind the expected pace by more than the `performance.monitoring` threshold */
            atRisk: boolean;
            cost: number | null;
            deadline: string | null;
            expectation: string | null;
            /**
             * @description Share expected by today (or `on`) at an even pace from the period start to the deadline
             * @example 0.5
             */
            expected: number;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastReportedAt: string | null;
            months: number | null;
            /** Format: uuid */
            parentTargetId: string | null;
            parentTitle: string | null;
            qualityPct: number;
            quantity: number;
            quantityUnit: string;
            /** @description Cumulative quantity realised (latest report not returned) */
            realised: number;
            /**
             * @description realised ÷ quantity
             * @example 0.42
             */
            realisedShare: number;
            sortOrder: number;
            title: string;
            version: number;
            weight: number;
            /**
             * @description The last day of the target’s window (deadline, start + months, or the period end)
             * @example 2026-12-31
             */
            windowEndsOn: string;
        };
        TargetInputDto: {
            /**
             * @description Cost indicator (Rupiah)
             * @example 0
             */
            cost?: number;
            /**
             * @description Time indicator: a deadline within the period (or `months`, not both)
             * @example 2026-12-31
             */
            deadline?: string;
            /** @description The leader’s expectations for this target */
            expectation?: string;
            /**
             * Format: uuid
             * @description An existing target of the plan to keep (its reports stay with it); leave out for a new target
             */
            id?: string;
            /**
             * @description Time indicator: months from the period start
             * @example 12
             */
            months?: number;
            /**
             * Format: uuid
             * @description The leader’s target this one supports (a target of the leader’s plan in the same period)
             */
            parentTargetId?: Record<string, never> | null;
            /**
             * @description Quality indicator in percent
             * @default 100
             * @example 100
             */
            qualityPct: number;
            /**
             * @description Quantity (above 0)
             * @example 120
             */
            quantity: number;
            /** @example anak */
            quantityUnit: string;
            /** @example Pelayanan imunisasi dasar lengkap */
            title: string;
            /**
             * @description Weight in percent (the plan’s weights add up to 100 to submit it)
             * @example 25
             */
            weight: number;
        };
        TargetTreeNodeDto: {
            atRisk: boolean;
            children: components["schemas"]["TargetTreeNodeDto"][];
            /** Format: uuid */
            employeeId: string;
            employeeName: string;
            expected: number;
            /** Format: uuid */
            planId: string;
            planStatus: components["schemas"]["PerformancePlanStatus"];
            positionTitle: string | null;
            realisedShare: number;
            /** Format: uuid */
            targetId: string;
            title: string;
        };
        TemplateTargetInputDto: {
            /**
             * @description Cost indicator (Rupiah)
             * @example 0
             */
            cost?: number;
            /**
             * @description Time indicator: a deadline within the period (or `months`, not both)
             * @example 2026-12-31
             */
            deadline?: string;
            /** @description The leader’s expectations for this target */
            expectation?: string;
            /**
             * @description Time indicator: months from the period start
             * @example 12
             */
            months?: number;
            /**
             * @description Quality indicator in percent
             * @default 100
             * @example 100
             */
            qualityPct: number;
            /**
             * @description Quantity (above 0)
             * @example 120
             */
            quantity: number;
            /** @example anak */
            quantityUnit: string;
            /** @example Pelayanan imunisasi dasar lengkap */
            title: string;
            /**
             * @description Weight in percent (the plan’s weights add up to 100 to submit it)
             * @example 25
             */
            weight: number;
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
        UnitDistributionDto: {
            /** @description Rated, every staff member has a final annual evaluation and no limit is broken */
            canLock: boolean;
            /** @description Annual predicates (draft or final) of the unit’s staff */
            counts: components["schemas"]["PredicateCountsDto"];
            /** @description Staff with an annual evaluation (draft or final) */
            evaluated: number;
            /** @description Staff with a final annual evaluation */
            finalised: number;
            /** @description The limits for the unit’s rating (reference rule performance.distribution_limits), as counts for its staff */
            limits: components["schemas"]["DistributionLimitDto"][];
            locked: boolean;
            /** Format: date-time */
            lockedAt: string | null;
            lockedByName: string | null;
            /** @description The distribution stored at the lock */
            lockedCounts: components["schemas"]["PredicateCountsDto"] | null;
            /** @description Staff without a final annual evaluation */
            missing: components["schemas"]["MissingEvaluationDto"][];
            /** Format: uuid */
            periodId: string;
            /**
             * @description null until the unit is rated
             * @enum {string|null}
             */
            rating: "istimewa" | "baik" | "butuh_perbaikan" | "kurang" | "sangat_kurang" | null;
            /** @description The unit’s own staff: plans of the period in this unit (not the subtree) */
            staff: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            /** @description Version of the unit rating (null until rated) */
            version: number | null;
            /** @description Limits the counts break (from checkDistribution over the staff) */
            violations: components["schemas"]["DistributionViolationDto"][];
        };
        UnitIkmSummaryDto: {
            convertedIndex: number | null;
            /** @enum {string|null} */
            grade: "A" | "B" | "C" | "D" | null;
            responses: number;
        };
        /** @enum {string} */
        UnitKind: "sekretariat" | "dinas" | "badan" | "inspektorat" | "rsud" | "puskesmas" | "sekolah" | "kecamatan" | "kelurahan" | "uptd" | "bagian";
        UnitPredicatesSummaryDto: {
            /**
             * @description Final annual predicates (checkpoint 0) of the period in the unit and below, per predicate (sangat_baik, baik, butuh_perbaikan, kurang, sangat_kurang)
             * @example {
             *       "baik": 8,
             *       "butuh_perbaikan": 1,
             *       "kurang": 0,
             *       "sangat_baik": 1,
             *       "sangat_kurang": 0
             *     }
             */
            counts: {
                [key: string]: number;
            };
            /** @description Final annual evaluations counted */
            evaluated: number;
            /** @description The unit's annual results are locked */
            locked: boolean;
            /**
             * @description The unit's own rating for the period
             * @enum {string|null}
             */
            rating: "istimewa" | "baik" | "butuh_perbaikan" | "kurang" | "sangat_kurang" | null;
        };
        /**
         * @description The unit’s own rating for the period (sets the distribution limits and its head’s result rating)
         * @enum {string}
         */
        UnitRating: "istimewa" | "baik" | "butuh_perbaikan" | "kurang" | "sangat_kurang";
        UnitRatingDto: {
            /** Format: date-time */
            lockedAt: string | null;
            lockedByName: string | null;
            /** Format: uuid */
            periodId: string;
            rating: components["schemas"]["UnitRating"];
            /** Format: uuid */
            unitId: string;
            unitName: string;
            version: number;
        };
        UnitRefDto: {
            depth: number;
            /** Format: uuid */
            id: string;
            /** @example puskesmas */
            kind: string;
            name: string;
        };
        UnitStatusCountDto: {
            cpns: number;
            pns: number;
            pppk: number;
            total: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        UnitSummaryChildDto: {
            /** @description Responses in the period (its dates) for the unit and below */
            ikm: components["schemas"]["UnitIkmSummaryDto"];
            predicates: components["schemas"]["UnitPredicatesSummaryDto"];
            targets: components["schemas"]["UnitTargetsSummaryDto"];
            unit: components["schemas"]["UnitRefDto"];
        };
        UnitSummaryDto: {
            /** @description The direct child units, by name */
            children: components["schemas"]["UnitSummaryChildDto"][];
            /** @description Responses in the period (its dates) for the unit and below */
            ikm: components["schemas"]["UnitIkmSummaryDto"];
            /** @example 2026-06-30 */
            on: string;
            period: components["schemas"]["UnitSummaryPeriodDto"];
            predicates: components["schemas"]["UnitPredicatesSummaryDto"];
            targets: components["schemas"]["UnitTargetsSummaryDto"];
            /**
             * @description The at-risk threshold in force (performance.monitoring)
             * @example 0.15
             */
            threshold: number;
            unit: components["schemas"]["UnitRefDto"];
        };
        UnitSummaryPeriodDto: {
            endsOn: string;
            /** Format: uuid */
            id: string;
            name: string;
            startsOn: string;
            year: number;
        };
        UnitTargetsSummaryDto: {
            /** @description Approved plans */
            approved: number;
            /** @description Targets behind the expected pace by more than the threshold on `on` */
            atRisk: number;
            /** @description People with at least one target at risk */
            atRiskPeople: number;
            /**
             * @description Weighted mean share expected by `on` (calc/pace.ts: days elapsed ÷ days in the target window)
             * @example 0.5
             */
            expected: number | null;
            /** @description Active employees in the unit and below */
            people: number;
            /**
             * @description Weighted mean realised share of the targets of approved plans (0–1, above 1 when exceeded)
             * @example 0.42
             */
            realisation: number | null;
            /** @description Targets of approved plans */
            targets: number;
            /** @description Of them, with a plan in the period (any status) */
            withPlan: number;
        };
        UpdateCoachingDto: {
            /** @description The agreed actions as edited (replace all; at least one) */
            actions?: components["schemas"]["CoachingActionDto"][];
            /** @description The cause, corrected */
            cause?: string;
            /**
             * @description A new follow-up date
             * @example 2027-01-10
             */
            followUpOn?: string;
            /**
             * @description The outcome of the follow-up (required to close)
             * @example Target bulan ini tercapai kembali
             */
            outcome?: string | null;
            /** @description closed requires an outcome (given now or before); open reopens */
            status?: components["schemas"]["CoachingStatus"];
            /** @description The version you read; a stale one gets 409 */
            version: number;
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
        UpdateIkmServiceDto: {
            /** @description An inactive service leaves the public list and refuses new feedback */
            active?: boolean;
            annualUsers?: number | null;
            /** @example PKM-PONCOL-UMUM */
            code?: string;
            desk?: string | null;
            name?: string;
            /** @description The version you read (409 STALE_VERSION when it changed meanwhile) */
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
        UpdatePeriodDto: {
            checkpoints?: components["schemas"]["PerformanceCheckpoints"];
            endsOn?: string;
            name?: string;
            startsOn?: string;
            /** @description A closed period’s plans no longer change */
            status?: components["schemas"]["PerformancePeriodStatus"];
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
    listCoaching: {
        parameters: {
            query?: {
                employeeId?: string;
                /** @description As of this day (default today): decides what is overdue */
                on?: string;
                /** @description true: only open dialogues whose follow-up date is past (as of `on`) */
                overdue?: "true" | "false";
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                periodId?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                status?: components["schemas"]["CoachingStatus"];
                targetId?: string;
                /** @description Dialogues of the people of this unit subtree */
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
                    "application/json": components["schemas"]["CoachingPage"];
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
    createCoaching: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCoachingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachingDto"];
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
    getCoaching: {
        parameters: {
            query?: {
                /** @description As of this day (yyyy-mm-dd; default today): decides `overdue` */
                on?: string;
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
                    "application/json": components["schemas"]["CoachingDto"];
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
    updateCoaching: {
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
                "application/json": components["schemas"]["UpdateCoachingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachingDto"];
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
    getIkmReport: {
        parameters: {
            query?: {
                /** @description A quarter of the year; the whole year when left out */
                quarter?: number;
                /** @description The unit (its services and those of the units below it); default your unit, or the city */
                unitId?: string;
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
                    "application/json": components["schemas"]["IkmReportDto"];
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
    listIkmComments: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                serviceId?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description Default: every comment */
                status?: components["schemas"]["IkmCommentStatus"];
                /** @description The unit and the units below it */
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
                    "application/json": components["schemas"]["IkmCommentPage"];
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
    moderateIkmComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                responseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModerateIkmCommentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IkmCommentDto"];
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
    listIkmServices: {
        parameters: {
            query?: {
                /** @description Only active (true) or inactive (false) services */
                active?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Search in the code, name and desk */
                q?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description The unit and the units below it (default: your unit, or the whole city) */
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
                    "application/json": components["schemas"]["IkmServicePage"];
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
    createIkmService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIkmServiceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IkmServiceDto"];
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
    getIkmService: {
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
                    "application/json": components["schemas"]["IkmServiceDto"];
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
    updateIkmService: {
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
                "application/json": components["schemas"]["UpdateIkmServiceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IkmServiceDto"];
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
    getIkmServiceQr: {
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
            /** @description The QR code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
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
    getMonitoring: {
        parameters: {
            query?: {
                /** @description Only people with at least one target behind pace by more than the threshold */
                atRiskOnly?: boolean;
                /** @description As of this day (default today, WIB): pace and checkpoint */
                on?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Default: the period containing `on` (else the latest) */
                periodId?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description A unit in your subtree (default: your unit; the whole city for city-wide roles) */
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
                    "application/json": components["schemas"]["MonitoringDto"];
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
    exportMonitoring: {
        parameters: {
            query?: {
                /** @description Only people with at least one target behind pace by more than the threshold */
                atRiskOnly?: boolean;
                /** @description As of this day (default today, WIB): pace and checkpoint */
                on?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                /** @description Default: the period containing `on` (else the latest) */
                periodId?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                /** @description A unit in your subtree (default: your unit; the whole city for city-wide roles) */
                unitId?: string;
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
    listPerformancePeriods: {
        parameters: {
            query?: {
                /** @description As of this day (default today, WIB) */
                on?: string;
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
                    "application/json": components["schemas"]["PeriodDto"][];
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
    createPerformancePeriod: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePeriodDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodDto"];
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
    getPerformancePeriod: {
        parameters: {
            query?: {
                /** @description As of this day (default today, WIB) */
                on?: string;
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
                    "application/json": components["schemas"]["PeriodDto"];
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
    updatePerformancePeriod: {
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
                "application/json": components["schemas"]["UpdatePeriodDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodDto"];
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
    getUnitDistribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
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
                    "application/json": components["schemas"]["UnitDistributionDto"];
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
    lockUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LockUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDistributionDto"];
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
    setUnitRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetUnitRatingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitRatingDto"];
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
    listPerformancePlans: {
        parameters: {
            query?: {
                /** @description Only submitted plans waiting for my approval (I am their direct leader) */
                awaitingMe?: boolean;
                employeeId?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                periodId?: string;
                /** @description Search name or NIP */
                q?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                status?: components["schemas"]["PerformancePlanStatus"];
                /** @description Plans of this unit and below */
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
                    "application/json": components["schemas"]["PlanListDto"];
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
    createPerformancePlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePerformancePlanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformancePlanDto"];
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
    getPerformancePlan: {
        parameters: {
            query?: {
                /** @description As of this day for the pace figures (default today, WIB) */
                on?: string;
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
                    "application/json": components["schemas"]["PerformancePlanDto"];
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
    approvePerformancePlan: {
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
                "application/json": components["schemas"]["PlanVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformancePlanDto"];
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
    getPlanEvaluation: {
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
                    "application/json": components["schemas"]["PlanEvaluationDto"];
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
    savePlanEvaluation: {
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
                "application/json": components["schemas"]["SaveEvaluationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationDto"];
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
    finalisePlanEvaluation: {
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
                "application/json": components["schemas"]["FinaliseEvaluationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationDto"];
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
    returnPerformancePlan: {
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
                "application/json": components["schemas"]["PlanReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformancePlanDto"];
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
    revisePerformancePlan: {
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
                "application/json": components["schemas"]["PlanReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformancePlanDto"];
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
    listPerformancePlanRevisions: {
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
                    "application/json": components["schemas"]["PlanRevisionDto"][];
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
    submitPerformancePlan: {
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
                "application/json": components["schemas"]["PlanVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformancePlanDto"];
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
    putPerformancePlanTargets: {
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
                "application/json": components["schemas"]["PutTargetsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformancePlanDto"];
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
    bulkApplyPerformanceTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkPlansDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPlansResultDto"];
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
    listReports: {
        parameters: {
            query?: {
                /** @description Only reports on plans whose direct leader is me (the approval inbox) */
                awaitingMe?: boolean;
                employeeId?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page (max 200) */
                pageSize?: number;
                periodId?: string;
                sortOrder?: components["schemas"]["SortOrder"];
                status?: components["schemas"]["ReportStatus"];
                targetId?: string;
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
                    "application/json": components["schemas"]["ReportPage"];
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
    getReport: {
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
                    "application/json": components["schemas"]["ReportDto"];
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
    decideReport: {
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
                "application/json": components["schemas"]["ReportDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
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
    getReportEvidence: {
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
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
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
    streamPerformanceEvents: {
        parameters: {
            query?: {
                /** @description Resume after this event id (the `Last-Event-ID` header wins when both are given) */
                lastEventId?: string;
            };
            header?: {
                /** @description The id of the last event received: missed events in scope are replayed first */
                "Last-Event-ID"?: string;
            };
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
    getPerformanceTargetTree: {
        parameters: {
            query: {
                /** @description As of this day for the pace figures (default today, WIB) */
                on?: string;
                periodId: string;
                /** @description Default: your own unit */
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
                    "application/json": components["schemas"]["TargetTreeNodeDto"][];
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
    listTargetReports: {
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
                    "application/json": components["schemas"]["ReportDto"][];
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
    submitReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON, or multipart/form-data with the same fields as text plus `file` (JPEG, PNG or PDF recognised by its first bytes, at most 5 MB). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReportDto"];
                "multipart/form-data": {
                    /** Format: uri */
                    evidenceLink?: string;
                    /**
                     * Format: binary
                     * @description Evidence: JPEG, PNG or PDF (by content), at most 5 MB
                     */
                    file?: string;
                    note?: string;
                    /** @description Cumulative quantity realised so far (or give realisedPercent) */
                    realised?: number;
                    /** @description Share realised in percent of the target quantity */
                    realisedPercent?: number;
                    /**
                     * Format: date
                     * @description Default today (WIB)
                     */
                    reportedOn?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
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
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getUnitPerformanceSummary: {
        parameters: {
            query?: {
                /** @description As of this day (default today, WIB) */
                on?: string;
                /** @description Default: the period containing `on` (the latest to start) */
                periodId?: string;
            };
            header?: never;
            path: {
                unitId: string;
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
                    "application/json": components["schemas"]["UnitSummaryDto"];
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
    submitFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description The random id the browser keeps (or `deviceId` in the body) */
                "X-Device-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitFeedbackDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackReceiptDto"];
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
    getPublicIkm: {
        parameters: {
            query?: {
                /** @description Default: this year */
                year?: number;
            };
            header?: {
                /** @description The ETag you hold: 304 when unchanged */
                "If-None-Match"?: string;
            };
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
                    "application/json": components["schemas"]["PublicIkmDto"];
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
    listPublicServices: {
        parameters: {
            query?: {
                /** @description Search in the unit and service names and codes */
                q?: string;
                /** @description Only this unit and the units below it */
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
                    "application/json": components["schemas"]["PublicServiceUnitDto"][];
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
    getPublicService: {
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
                    "application/json": components["schemas"]["PublicServiceDto"];
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

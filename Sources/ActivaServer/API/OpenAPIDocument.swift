/// The OpenAPI 3.1 contract of the API, served at `/openapi.yaml`. A test checks every route against it.
enum OpenAPIDocument {
    static let yaml = """
    openapi: 3.1.0
    info:
      title: Activa API
      version: 1.0.0
      description: >
        The Dutch fiscal asset engine: KIA, EIA, MIA, betalingscriterium, desinvesteringsbijtelling, depreciation
        (normal and willekeurig), the activastaat and advice. Amounts are exact decimal strings. Errors are
        application/problem+json naming the field. When the server runs with ACTIVA_TOKEN, every write needs
        `Authorization: Bearer <token>`. Dutch by default; English with `?lang=en` or `Accept-Language: en`.
    servers:
      - url: http://127.0.0.1:8080
    components:
      securitySchemes:
        bearer:
          type: http
          scheme: bearer
          description: "The server's ACTIVA_TOKEN (everything), or an API key ak_<id>_<secret> (activa key add: one administration, read or write). With a token, users or keys configured, every route but /openapi.yaml needs it (401); a register of another administration answers 404, a read-only key that writes 403."
      parameters:
        id:
          name: id
          in: path
          required: true
          schema: {type: string}
        version:
          name: version
          in: path
          required: true
          schema: {type: integer, minimum: 1}
        year:
          name: year
          in: query
          schema: {type: integer}
        rounding:
          name: rounding
          in: query
          schema: {type: string, enum: [exact, aangifte]}
        format:
          name: format
          in: query
          schema: {type: string, enum: [json, csv, markdown, text]}
        lang:
          name: lang
          in: query
          schema: {type: string, enum: [nl, en]}
        explain:
          name: explain
          in: query
          schema: {type: boolean}
        detail:
          name: detail
          in: query
          description: "totals: each year without the assets' lines (JSON only), for an app that asks on every keystroke"
          schema: {type: string, enum: [assets, totals], default: assets}
      schemas:
        Money:
          type: string
          pattern: '^-?[0-9]+(\\\\.[0-9]+)?$'
          examples: ["967.40"]
        Register:
          type: object
          description: The register file format of the CLI (README, "The register"), as JSON.
          required: [assets]
          properties:
            entity: {$ref: '#/components/schemas/Entity'}
            opening: {$ref: '#/components/schemas/Opening'}
            closedYears: {type: array, items: {type: object}, description: "The boekjaren closed (POST …/close), each with year, closedOn, registerVersion, activaVersion, its figures as filed, bookValues (asset id → book value at the end of the year) and, after a change accepted with ?correction=foutenleer, correction (acceptedOn, registerVersion, the figures and bookValues the corrected register gives); kept by the server: a PUT without them keeps them"}
            assets: {type: array, items: {$ref: '#/components/schemas/Asset'}}
            planned: {type: array, items: {type: object}}
        Opening:
          type: object
          description: "A register that takes over a running activastaat: Activa computes from year on, from each older asset's figures as filed (assets[].opening), and never recomputes the years before"
          required: [year]
          properties:
            year: {type: integer, description: The first boekjaar computed; the figures are those at its start}
            source: {type: string, description: "Where the figures come from, shown with each, e.g. opgave vorige administratie"}
            reserves:
              type: array
              description: Herinvesteringsreserves held at the start of year (art. 3.54 Wet IB 2001); a replacement names one in hir.from
              items:
                type: object
                required: [id, formed, amount]
                properties:
                  id: {type: string}
                  formed: {type: integer, description: The year the reserve was formed; released at the end of its third year after (art. 3.54 lid 5)}
                  amount: {$ref: '#/components/schemas/Money'}
                  soldBookValue: {$ref: '#/components/schemas/Money'}
                  soldLongTerm: {type: boolean, description: The sold asset was not depreciated or over more than ten years (art. 3.54 lid 4)}
        AssetOpening:
          type: object
          description: An asset's figures at the start of the opening year, as filed; the asset keeps its original committed and cost
          required: [bookValue]
          properties:
            bookValue: {$ref: '#/components/schemas/Money'}
            willekeurigTaken: {$ref: '#/components/schemas/Money'}
            bookValueWithoutWillekeurig: {$ref: '#/components/schemas/Money'}
            kia: {type: string, description: "The KIA received in the investment year: an amount such as 2240.00 or a percentage such as 28%, for the desinvesteringsbijtelling (art. 3.47 lid 1)"}
            kiaDeferred: {$ref: '#/components/schemas/Money'}
            eia: {$ref: '#/components/schemas/Money'}
            mia: {$ref: '#/components/schemas/Money'}
            bookValue2007: {$ref: '#/components/schemas/Money'}
        Entity:
          type: object
          description: The onderneming; every field as in the README ("The register").
          properties:
            lastFiscalYearEnd: {type: string, format: date, description: "The enterprise stops (staking) on this day: deferred aftrek is taken in full, nothing may be dated after it (art. 3.44 lid 2 Wet IB 2001)"}
            forgoKIA: {type: array, items: {type: integer}, description: "Boekjaren in which the KIA is not claimed (art. 3.40); EIA and MIA are not affected"}
          additionalProperties: true
        Asset:
          type: object
          required: [id]
          description: One asset of the register; every field as in the README ("The register"). Listed here are the fields that link assets or record events. committed and cost are required unless productionCosts gives them.
          properties:
            id: {type: string}
            kind: {type: string}
            committed: {type: string, format: date}
            cost: {$ref: '#/components/schemas/Money'}
            opening: {$ref: '#/components/schemas/AssetOpening'}
            building:
              type: string
              description: "Land (kind land) only: the id of the building (kind building) it is the ondergrond or aanhorigheid of; one asset with it for the bodemwaarde (art. 3.30a lid 2 Wet IB 2001)"
            hir:
              type: object
              required: [from]
              properties:
                from: {type: string, description: The id of the disposed asset whose herinvesteringsreserve is written off this asset's cost}
                amount: {$ref: '#/components/schemas/Money'}
                sameFunction: {type: boolean, default: false, description: "The asset serves the same economic function as `from`: required when either is not depreciated or has a life above ten years (art. 3.54 lid 4 Wet IB 2001)"}
            relatedPartyOntheffing: {type: boolean, default: false, description: "With relatedParty: the ontheffing of art. 3.46 lid 2 was granted, so the investment counts"}
            reductions:
              type: array
              description: "Subsidies, discounts and refunds (art. 3.47 lid 5): in the boekjaar of investment they lower the investeringsbedrag, later each counts as a disposal of its amount"
              items: {$ref: '#/components/schemas/DatedAmount'}
            changesOfUse:
              type: array
              description: "Changes of use (art. 3.47 lid 3) at the value then: rentedOut (the KIA part; terugname of starters' willekeurige afschrijving) or abroad (every form)"
              items:
                type: object
                required: [date, to, value]
                properties:
                  date: {type: string, format: date}
                  to: {type: string, enum: [rentedOut, abroad]}
                  value: {$ref: '#/components/schemas/Money'}
            improves: {type: string, description: "A verbetering: the id of the asset it improves. Its own investment for the investeringsaftrek (art. 3.43 lid 1 Wet IB 2001), depreciated with that asset over the rest of its life; no life, kind or method of its own"}
            productionCosts:
              type: array
              description: "Voortbrengingskosten of a self-made asset (art. 3.43 lid 1): each boekjaar's costs are that year's investment; committed and cost follow from them"
              items: {$ref: '#/components/schemas/DatedAmount'}
          additionalProperties: true
        DatedAmount:
          type: object
          description: An amount on a day, with what it was
          required: [date, amount]
          properties:
            date: {type: string, format: date}
            amount: {$ref: '#/components/schemas/Money'}
            description: {type: string}
        KIARequest:
          type: object
          required: [year, amounts]
          properties:
            year: {type: integer, examples: [2024]}
            amounts: {type: array, items: {$ref: '#/components/schemas/Money'}}
        KIAResponse:
          type: object
          required: [year, investments, kia]
          properties:
            year: {type: integer}
            investments: {$ref: '#/components/schemas/Money'}
            kia: {$ref: '#/components/schemas/Money'}
            row: {type: string}
            amounts: {type: array, items: {type: object}}
            source: {type: object}
            provisional: {type: string, description: "Set when the year's table is not known yet and the latest known table was used (VOORLOPIG / PROVISIONAL)."}
        Report:
          type: object
          required: [years, policies]
          properties:
            entity: {type: object}
            rounding: {type: string}
            traceVersion: {type: integer, description: "With explain: the version of the step kinds and figure names of every explanation's trace (docs/explanation-trace.md)"}
            years: {type: array, items: {type: object}, description: "Per boekjaar its figures; the year after the last closed one (and a closed year filed with one) may have foutenherstel: {closedYear, cause (corrected, engineChanged, registerChanged), bookValueFiled, bookValueCorrect, hirFiled, hirCorrect, amount (into the year's profit), assets: [{id, filed, correct, amount}]}"}
            policies: {type: array, items: {type: object}}
            warnings: {type: array, items: {type: object}}
        Explanation:
          type: object
          description: "Why an amount is what it is. Every `explanation` (and `depreciationExplanation`) in a report with explain has this shape."
          required: [steps, sources, trace]
          properties:
            steps: {type: array, items: {type: string}, description: The steps as sentences in the language asked for}
            sources: {type: array, items: {type: object}}
            trace:
              type: array
              description: The same steps as data, one per sentence and in the same order
              items: {$ref: '#/components/schemas/TraceStep'}
        TraceStep:
          type: object
          required: [kind]
          properties:
            kind: {type: string, description: "What was computed, e.g. kia.percentage, depreciation.straightLine, desinvestering.bijtelling; note for a step without figures (docs/explanation-trace.md)", examples: [kia.percentage]}
            figures:
              type: object
              description: "The figures used and produced, by name: amounts and rates as exact decimal strings (a rate as a fraction, 0.28), whole numbers as integers, days as YYYY-MM-DD"
              additionalProperties:
                oneOf: [{type: string}, {type: integer}]
            source: {type: string, description: The article of this step}
        StoredRegister:
          type: object
          required: [id, version, register]
          properties:
            id: {type: string}
            version: {type: integer}
            createdAt: {type: string}
            updatedAt: {type: string}
            register: {$ref: '#/components/schemas/Register'}
        Version:
          type: object
          required: [id, version]
          properties:
            id: {type: string}
            version: {type: integer}
            warnings:
              description: On creation only, when the register file has an amount such as 1.250 (read as 1,25)
              type: array
              items: {type: object, properties: {assetId: {type: string}, text: {type: string}}}
        RegisterVersions:
          type: object
          required: [id, versions]
          properties:
            id: {type: string}
            versions:
              type: array
              items:
                type: object
                required: [version, at, action, assetCount]
                properties:
                  version: {type: integer}
                  at: {type: string, description: When (ISO 8601)}
                  action: {type: string, enum: [create, update, restore]}
                  restoredFrom: {type: integer, description: For a restore, the version brought back}
                  assetCount: {type: integer}
        Restored:
          type: object
          required: [id, version, restoredFrom]
          properties:
            id: {type: string}
            version: {type: integer}
            restoredFrom: {type: integer}
        RegisterDiff:
          type: object
          required: [id, from, to, entity, assets, figures]
          properties:
            id: {type: string}
            from: {type: integer}
            to: {type: integer}
            entity: {type: array, items: {type: string}, description: The business's fields that differ (as in the register file)}
            assets:
              type: array
              items:
                type: object
                required: [id, change, fields, values]
                properties:
                  id: {type: string}
                  change: {type: string, enum: [added, removed, changed]}
                  fields: {type: array, items: {type: string}, description: For a changed asset, the fields that differ}
                  values:
                    type: array
                    description: The old and new value of each changed field that is one value, as the register file writes it (absent on a side without it)
                    items:
                      type: object
                      required: [field]
                      properties:
                        field: {type: string}
                        from: {type: string}
                        to: {type: string}
            figures:
              type: array
              description: Every aangifte figure of a year that moved
              items:
                type: object
                required: [year, figure, from, to]
                properties:
                  year: {type: integer}
                  figure: {type: string, description: "The key in the JSON report's year (activastaat.… for its totals); amounts exact", enum: [investments, kia, kiaDeferred, kiaFromEarlierYears, kiaLapsed, eia, mia, desinvesteringsbijtelling, desinvesteringsbijtellingEIA, desinvesteringsbijtellingMIA, activastaat.willekeurig, activastaat.normal, activastaat.depreciation, activastaat.terugname, activastaat.gain, activastaat.hirFormed, activastaat.hirReleased, activastaat.hirBalance, activastaat.bookValue]}
                  from: {$ref: '#/components/schemas/Money'}
                  to: {$ref: '#/components/schemas/Money'}
            notComputed: {type: array, items: {type: string}, description: A version this Activa cannot compute, and why}
        UpdateRequest:
          type: object
          required: [version, register]
          properties:
            version: {type: integer}
            register: {$ref: '#/components/schemas/Register'}
        Problem:
          type: object
          required: [title, status]
          properties:
            type: {type: string}
            title: {type: string}
            status: {type: integer}
            detail: {type: string}
            errors:
              type: array
              items:
                type: object
                properties:
                  assetId: {type: string}
                  field: {type: string}
                  message: {type: string}
      responses:
        Problem:
          description: An error naming the field
          content:
            application/problem+json:
              schema: {$ref: '#/components/schemas/Problem'}
    paths:
      /api/v1/kia:
        post:
          summary: The KIA of a year for separate investment amounts (each its own asset, each tested against €450)
          requestBody:
            required: true
            content:
              application/json:
                schema: {$ref: '#/components/schemas/KIARequest'}
          responses:
            '200':
              description: The KIA
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/KIAResponse'}
            '400': {$ref: '#/components/responses/Problem'}
            '413': {$ref: '#/components/responses/Problem'}
            '422': {$ref: '#/components/responses/Problem'}
      /api/v1/report:
        post:
          summary: The report of a register sent in the body, without storing it
          parameters:
            - $ref: '#/components/parameters/year'
            - $ref: '#/components/parameters/rounding'
            - $ref: '#/components/parameters/format'
            - $ref: '#/components/parameters/lang'
            - $ref: '#/components/parameters/explain'
            - $ref: '#/components/parameters/detail'
          requestBody:
            required: true
            content:
              application/json:
                schema: {$ref: '#/components/schemas/Register'}
              application/yaml:
                schema: {$ref: '#/components/schemas/Register'}
          responses:
            '200':
              description: The report (the CLI's JSON)
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Report'}
            '400': {$ref: '#/components/responses/Problem'}
            '413': {$ref: '#/components/responses/Problem'}
            '422': {$ref: '#/components/responses/Problem'}
      /api/v1/import/activastaat:
        post:
          summary: A spreadsheet activastaat (CSV) as a register that takes it over from year; nothing is stored
          parameters:
            - {name: year, in: query, required: true, schema: {type: integer}, description: The opening year; the sheet's book values are those at its start (a column "boekwaarde einde" gives the end of the year before)}
            - {name: name, in: query, schema: {type: string}}
            - {name: taxpayer, in: query, schema: {type: string, enum: [ib, vpb]}}
            - {name: source, in: query, schema: {type: string}}
            - {name: column, in: query, schema: {type: array, items: {type: string}}, style: form, explode: true, description: "Header=field for a column not recognised (fields: id, description, kind, committed, inUse, cost, residual, life, rate, bookValue, closingBookValue, kia, willekeurigTaken, ignore)"}
            - $ref: '#/components/parameters/lang'
          requestBody:
            required: true
            content:
              text/csv:
                schema: {type: string}
          responses:
            '200':
              description: The register, to store with POST /api/v1/registers, and what the import decided
              content:
                application/json:
                  schema:
                    type: object
                    required: [register, notes]
                    properties:
                      register: {$ref: '#/components/schemas/Register'}
                      notes: {type: array, items: {type: string}}
            '400': {$ref: '#/components/responses/Problem'}
            '413': {$ref: '#/components/responses/Problem'}
            '422':
              description: Rows that cannot be read, each with its number, column, asset and reason (rows); nothing is made
              content:
                application/problem+json:
                  schema:
                    allOf:
                      - {$ref: '#/components/schemas/Problem'}
                      - type: object
                        properties:
                          rows:
                            type: array
                            items:
                              type: object
                              required: [message]
                              properties:
                                row: {type: integer}
                                column: {type: string}
                                assetId: {type: string}
                                message: {type: string}
      /api/v1/registers:
        get:
          summary: List the stored registers
          responses:
            '200':
              description: The registers
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      registers: {type: array, items: {type: object}}
        post:
          summary: Store a new register
          security: [{bearer: []}]
          parameters:
            - name: administration
              in: query
              description: "The administration (id or name) the register goes in; needed when the caller may write in more than one"
              schema: {type: string}
          requestBody:
            required: true
            content:
              application/json:
                schema: {$ref: '#/components/schemas/Register'}
          responses:
            '201':
              description: Stored; its id and version 1 (ETag)
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Version'}
            '401': {$ref: '#/components/responses/Problem'}
            '503': {$ref: '#/components/responses/Problem'}
            '403': {$ref: '#/components/responses/Problem'}
            '413': {$ref: '#/components/responses/Problem'}
            '422': {$ref: '#/components/responses/Problem'}
      /api/v1/registers/{id}:
        parameters:
          - $ref: '#/components/parameters/id'
        get:
          summary: Read a stored register with its version (ETag)
          responses:
            '200':
              description: The register
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/StoredRegister'}
            '404': {$ref: '#/components/responses/Problem'}
        put:
          summary: Replace a register, at the version it was read (body "version", or If-Match)
          security: [{bearer: []}]
          parameters:
            - name: If-Match
              in: header
              schema: {type: string}
            - name: correction
              in: query
              description: "foutenleer: the change corrects an error in a closed year. The closed years stay as filed and record the change; the first open year's report carries foutenherstel (the difference in the book values, into that year's profit). Without it such a change gets 409 with closedYearChanges."
              schema: {type: string, enum: [foutenleer]}
          requestBody:
            required: true
            content:
              application/json:
                schema: {$ref: '#/components/schemas/UpdateRequest'}
          responses:
            '200':
              description: Updated; the new version
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Version'}
            '400': {$ref: '#/components/responses/Problem'}
            '401': {$ref: '#/components/responses/Problem'}
            '403': {$ref: '#/components/responses/Problem'}
            '503': {$ref: '#/components/responses/Problem'}
            '404': {$ref: '#/components/responses/Problem'}
            '409': {$ref: '#/components/responses/Problem'}
            '413': {$ref: '#/components/responses/Problem'}
            '422': {$ref: '#/components/responses/Problem'}
            '428': {$ref: '#/components/responses/Problem'}
        delete:
          summary: Delete a register (If-Match optional)
          security: [{bearer: []}]
          responses:
            '204': {description: Deleted}
            '401': {$ref: '#/components/responses/Problem'}
            '403': {$ref: '#/components/responses/Problem'}
            '503': {$ref: '#/components/responses/Problem'}
            '404': {$ref: '#/components/responses/Problem'}
            '409': {$ref: '#/components/responses/Problem'}
      /api/v1/registers/{id}/report:
        parameters:
          - $ref: '#/components/parameters/id'
        get:
          summary: The report of a stored register
          parameters:
            - $ref: '#/components/parameters/year'
            - $ref: '#/components/parameters/rounding'
            - $ref: '#/components/parameters/format'
            - $ref: '#/components/parameters/lang'
            - $ref: '#/components/parameters/explain'
            - $ref: '#/components/parameters/detail'
          responses:
            '200':
              description: The report
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Report'}
            '404': {$ref: '#/components/responses/Problem'}
      /api/v1/registers/{id}/explanation:
        parameters:
          - $ref: '#/components/parameters/id'
        get:
          summary: The report with every amount's steps, parameters and articles
          parameters:
            - $ref: '#/components/parameters/year'
            - $ref: '#/components/parameters/lang'
          responses:
            '200':
              description: The explained report
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Report'}
            '404': {$ref: '#/components/responses/Problem'}
      /api/v1/registers/{id}/advice:
        parameters:
          - $ref: '#/components/parameters/id'
        get:
          summary: Quantified advice (activa advise)
          parameters:
            - name: asOf
              in: query
              schema: {type: string, format: date}
            - $ref: '#/components/parameters/lang'
          responses:
            '200':
              description: The advice, each with both computations
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      asOf: {type: string}
                      advice: {type: array, items: {type: object}}
            '404': {$ref: '#/components/responses/Problem'}
      /api/v1/registers/{id}/export:
        parameters:
          - $ref: '#/components/parameters/id'
        get:
          summary: The register in the file format of the CLI (JSON, or YAML with format=yaml)
          parameters:
            - name: format
              in: query
              schema: {type: string, enum: [json, yaml]}
          responses:
            '200':
              description: The register file
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Register'}
                application/yaml:
                  schema: {type: string}
            '404': {$ref: '#/components/responses/Problem'}
      /api/v1/registers/{id}/versions:
        parameters:
          - $ref: '#/components/parameters/id'
        get:
          summary: Every version of a stored register, oldest first (each create, update and restore)
          responses:
            '200':
              description: The versions
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/RegisterVersions'}
            '404': {$ref: '#/components/responses/Problem'}
      /api/v1/registers/{id}/versions/{version}:
        parameters:
          - $ref: '#/components/parameters/id'
          - $ref: '#/components/parameters/version'
        get:
          summary: "The register as it was at that version (updatedAt: when that version was made)"
          responses:
            '200':
              description: The register at that version
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/StoredRegister'}
            '400': {$ref: '#/components/responses/Problem'}
            '404': {$ref: '#/components/responses/Problem'}
      /api/v1/registers/{id}/versions/{version}/report:
        parameters:
          - $ref: '#/components/parameters/id'
          - $ref: '#/components/parameters/version'
        get:
          summary: The report of the register as it was at that version (computed again, by this Activa)
          parameters:
            - $ref: '#/components/parameters/year'
            - $ref: '#/components/parameters/rounding'
            - $ref: '#/components/parameters/format'
            - $ref: '#/components/parameters/lang'
            - $ref: '#/components/parameters/explain'
            - $ref: '#/components/parameters/detail'
          responses:
            '200':
              description: The report
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Report'}
            '400': {$ref: '#/components/responses/Problem'}
            '404': {$ref: '#/components/responses/Problem'}
            '422': {$ref: '#/components/responses/Problem'}
      /api/v1/registers/{id}/versions/{version}/restore:
        parameters:
          - $ref: '#/components/parameters/id'
          - $ref: '#/components/parameters/version'
        post:
          summary: "Make that version's register the next version (If-Match: the version now); the history keeps every version"
          security: [{bearer: []}]
          parameters:
            - name: If-Match
              in: header
              required: true
              schema: {type: string}
            - name: correction
              in: query
              description: "foutenleer: the change corrects an error in a closed year. The closed years stay as filed and record the change; the first open year's report carries foutenherstel (the difference in the book values, into that year's profit). Without it such a change gets 409 with closedYearChanges."
              schema: {type: string, enum: [foutenleer]}
          responses:
            '200':
              description: Restored; the new version
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Restored'}
            '400': {$ref: '#/components/responses/Problem'}
            '401': {$ref: '#/components/responses/Problem'}
            '403': {$ref: '#/components/responses/Problem'}
            '503': {$ref: '#/components/responses/Problem'}
            '404': {$ref: '#/components/responses/Problem'}
            '409': {$ref: '#/components/responses/Problem'}
            '422': {$ref: '#/components/responses/Problem'}
            '428': {$ref: '#/components/responses/Problem'}
      /api/v1/registers/{id}/close:
        post:
          summary: Close a boekjaar whose aangifte is filed; its figures stay as filed (a new version)
          description: "Only the year after the last closed one, when it is over and has no provisional figures. Afterwards a PUT or restore that would move a filed figure gets 409 with closedYearChanges; the report's closedYears say what a newer Activa computes differently (cause engineChanged)."
          security: [{bearer: []}]
          parameters:
            - {name: id, in: path, required: true, schema: {type: string}}
            - {name: year, in: query, required: true, schema: {type: integer}}
            - {name: If-Match, in: header, required: true, schema: {type: string}, description: The version now}
          responses:
            '200':
              description: The new version and the year as filed
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      id: {type: string}
                      version: {type: integer}
                      closedYear: {type: object}
            '400': {$ref: '#/components/responses/Problem'}
            '401': {$ref: '#/components/responses/Problem'}
            '403': {$ref: '#/components/responses/Problem'}
            '503': {$ref: '#/components/responses/Problem'}
            '404': {$ref: '#/components/responses/Problem'}
            '409': {$ref: '#/components/responses/Problem'}
            '422': {$ref: '#/components/responses/Problem'}
            '428': {$ref: '#/components/responses/Problem'}
      /api/v1/registers/{id}/diff:
        parameters:
          - $ref: '#/components/parameters/id'
        get:
          summary: "What changed from one version to another (by default the last change): fields and aangifte figures per year"
          parameters:
            - name: from
              in: query
              description: The earlier version (default the version kept before `to`)
              schema: {type: integer, minimum: 1}
            - name: to
              in: query
              description: The later version (default the version now)
              schema: {type: integer, minimum: 1}
            - $ref: '#/components/parameters/lang'
          responses:
            '200':
              description: The changes
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/RegisterDiff'}
            '400': {$ref: '#/components/responses/Problem'}
            '404': {$ref: '#/components/responses/Problem'}
      /baseline:
        post:
          summary: "Load-test baseline: reads the body and answers {} (no Activa work), to measure Activa's overhead as a ratio"
          requestBody:
            content:
              application/json:
                schema: {type: object}
          responses:
            '200':
              description: An empty object
              content:
                application/json:
                  schema: {type: object}
            '413': {$ref: '#/components/responses/Problem'}
      /openapi.yaml:
        get:
          summary: This document
          responses:
            '200':
              description: OpenAPI 3.1
              content:
                application/yaml:
                  schema: {type: string}
    """
}

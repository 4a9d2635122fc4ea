-- Reference data: the WCO Asia/Pacific member administrations and the regional workshops.

CREATE TABLE administration (
    code    CHAR(3)      PRIMARY KEY CONSTRAINT administration_code_iso CHECK (code ~ '^[A-Z]{3}$'),
    name    VARCHAR(120) NOT NULL CONSTRAINT administration_name_unique UNIQUE,
    version BIGINT       NOT NULL DEFAULT 1
);

CREATE SEQUENCE workshop_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE workshop (
    id             BIGINT       PRIMARY KEY,
    code           VARCHAR(20)  NOT NULL CONSTRAINT workshop_code_unique UNIQUE,
    title          VARCHAR(300) NOT NULL,
    fiscal_year    VARCHAR(7)   NOT NULL CONSTRAINT workshop_fiscal_year_format CHECK (fiscal_year ~ '^[0-9]{4}/[0-9]{2}$'),
    start_date     DATE         NOT NULL,
    end_date       DATE         NOT NULL,
    -- MONTH when the source gives only the month (as the Good Practice Reports do).
    date_precision VARCHAR(5)   NOT NULL DEFAULT 'DAY' CONSTRAINT workshop_date_precision CHECK (date_precision IN ('DAY', 'MONTH')),
    venue          VARCHAR(200),
    -- Accreditation workshops are run but never surveyed.
    accreditation  BOOLEAN      NOT NULL DEFAULT FALSE,
    version        BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT workshop_dates_ordered CHECK (end_date >= start_date)
);

CREATE INDEX workshop_fiscal_year_idx ON workshop (fiscal_year);

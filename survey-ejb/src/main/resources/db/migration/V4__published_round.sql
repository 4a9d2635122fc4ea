-- The published totals of a survey round that has no per-reply data here (the rounds run before the
-- product, entered by ROCB A/P staff from the published Good Practice Reports), for the trend.

CREATE TABLE published_round (
    fiscal_year              VARCHAR(7)               PRIMARY KEY
                             CONSTRAINT published_round_fiscal_year_format CHECK (fiscal_year ~ '^[0-9]{4}/[0-9]{2}$'),
    reply_rate               NUMERIC(5, 4)            NOT NULL
                             CONSTRAINT published_round_reply_rate CHECK (reply_rate BETWEEN 0 AND 1),
    direct_effects_share     NUMERIC(5, 4)
                             CONSTRAINT published_round_direct_effects CHECK (direct_effects_share BETWEEN 0 AND 1),
    in_house_administrations INTEGER
                             CONSTRAINT published_round_in_house CHECK (in_house_administrations BETWEEN 0 AND 1000),
    source                   VARCHAR(300),
    recorded_by              VARCHAR(100)             NOT NULL,
    recorded_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT                   NOT NULL DEFAULT 1
);

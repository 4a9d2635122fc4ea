-- The 33 WCO Asia/Pacific member administrations (ISO 3166-1 alpha-3).
INSERT INTO administration (code, name) VALUES
    ('AFG', 'Afghanistan'), ('AUS', 'Australia'), ('BGD', 'Bangladesh'), ('BTN', 'Bhutan'),
    ('BRN', 'Brunei Darussalam'), ('KHM', 'Cambodia'), ('CHN', 'China'), ('FJI', 'Fiji'),
    ('HKG', 'Hong Kong China'), ('IND', 'India'), ('IDN', 'Indonesia'), ('IRN', 'Iran'),
    ('JPN', 'Japan'), ('KOR', 'Korea'), ('LAO', 'Lao PDR'), ('MAC', 'Macau China'),
    ('MYS', 'Malaysia'), ('MDV', 'Maldives'), ('MNG', 'Mongolia'), ('MMR', 'Myanmar'),
    ('NPL', 'Nepal'), ('NZL', 'New Zealand'), ('PAK', 'Pakistan'), ('PNG', 'Papua New Guinea'),
    ('PHL', 'Philippines'), ('WSM', 'Samoa'), ('SGP', 'Singapore'), ('LKA', 'Sri Lanka'),
    ('THA', 'Thailand'), ('TLS', 'Timor-Leste'), ('TON', 'Tonga'), ('VUT', 'Vanuatu'),
    ('VNM', 'Viet Nam');

-- The 13 FY2016/17 sub-/regional workshops of Table 1, Good Practice Report No. 17 (February 2018).
-- The report gives months only. Workshops (10) to (13) are printed as Apr-Jun 2016 although they
-- belong to FY2016/17 (a typo for 2017); they are kept as printed, and the application flags every
-- workshop whose dates fall outside its fiscal year instead of silently correcting or rejecting it.
INSERT INTO workshop (id, code, title, fiscal_year, start_date, end_date, date_precision) VALUES
    (nextval('workshop_seq'), 'FY1617-01', 'WCO Sub-regional Integrity for the Pacific', '2016/17', DATE '2016-07-01', DATE '2016-07-31', 'MONTH'),
    (nextval('workshop_seq'), 'FY1617-02', 'WCO Regional Workshop on Non-Intrusive Inspection', '2016/17', DATE '2016-09-01', DATE '2016-09-30', 'MONTH'),
    (nextval('workshop_seq'), 'FY1617-03', 'WCO Regional Workshop on Digital Customs and E-Commerce', '2016/17', DATE '2016-09-01', DATE '2016-09-30', 'MONTH'),
    (nextval('workshop_seq'), 'FY1617-04', 'WCO Regional Workshop on Post Clearance Audit', '2016/17', DATE '2016-09-01', DATE '2016-09-30', 'MONTH'),
    (nextval('workshop_seq'), 'FY1617-05', 'WCO Train-the-trainer Workshop for the WCO Joint Enforcement Action against Counterfeiting and Piracy in the Asia/Pacific Region', '2016/17', DATE '2016-11-01', DATE '2016-11-30', 'MONTH'),
    (nextval('workshop_seq'), 'FY1617-06', 'WCO Regional Workshop on Capacity Building of Customs Laboratories for the Revenue Package Program and Trade Facilitation', '2016/17', DATE '2016-11-01', DATE '2016-11-30', 'MONTH'),
    (nextval('workshop_seq'), 'FY1617-07', 'WCO Regional Workshop on Intelligence-led Risk Management', '2016/17', DATE '2016-11-01', DATE '2016-11-30', 'MONTH'),
    (nextval('workshop_seq'), 'FY1617-08', 'WCO Sub-regional Workshop on Advance Ruling and Origin Certification for ASEAN Member Customs Administrations', '2016/17', DATE '2017-03-01', DATE '2017-03-31', 'MONTH'),
    (nextval('workshop_seq'), 'FY1617-09', 'WCO-UNESCAP 3rd UNNExt Masterclass: Digital Customs and Single Window in the Context of WTO TFA', '2016/17', DATE '2017-04-01', DATE '2017-04-30', 'MONTH'),
    (nextval('workshop_seq'), 'FY1617-10', 'WCO Regional Workshop on Security Program', '2016/17', DATE '2016-04-01', DATE '2016-04-30', 'MONTH'),
    (nextval('workshop_seq'), 'FY1617-11', 'WCO-UPU Regional Workshop on Postal Items', '2016/17', DATE '2016-05-01', DATE '2016-05-31', 'MONTH'),
    (nextval('workshop_seq'), 'FY1617-12', 'WCO Follow-Up Workshop for the WCO Joint Enforcement Action against Counterfeiting and Piracy in the Asia/Pacific Region', '2016/17', DATE '2016-05-01', DATE '2016-05-31', 'MONTH'),
    (nextval('workshop_seq'), 'FY1617-13', 'WCO Regional Workshop on Customs Valuation', '2016/17', DATE '2016-06-01', DATE '2016-06-30', 'MONTH');

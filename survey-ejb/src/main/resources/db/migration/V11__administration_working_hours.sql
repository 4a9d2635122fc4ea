-- Mail reaches each administration in its own working hours: its time zone (IANA) and the days its
-- offices are closed. The outbox holds a message written at night or on a closed day until the next
-- working morning there.
ALTER TABLE administration
    ADD COLUMN time_zone VARCHAR(40) NOT NULL DEFAULT 'Asia/Bangkok',
    ADD COLUMN closed_days VARCHAR(40) NOT NULL DEFAULT 'SATURDAY,SUNDAY'
        CONSTRAINT administration_closed_days_known
        CHECK (closed_days ~ '^((MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)(,|$))+$');

UPDATE administration a SET time_zone = z.zone
FROM (VALUES
    ('AFG', 'Asia/Kabul'), ('AUS', 'Australia/Sydney'), ('BGD', 'Asia/Dhaka'), ('BTN', 'Asia/Thimphu'),
    ('BRN', 'Asia/Brunei'), ('KHM', 'Asia/Phnom_Penh'), ('CHN', 'Asia/Shanghai'), ('FJI', 'Pacific/Fiji'),
    ('HKG', 'Asia/Hong_Kong'), ('IND', 'Asia/Kolkata'), ('IDN', 'Asia/Jakarta'), ('IRN', 'Asia/Tehran'),
    ('JPN', 'Asia/Tokyo'), ('KOR', 'Asia/Seoul'), ('LAO', 'Asia/Vientiane'), ('MAC', 'Asia/Macau'),
    ('MYS', 'Asia/Kuala_Lumpur'), ('MDV', 'Indian/Maldives'), ('MNG', 'Asia/Ulaanbaatar'), ('MMR', 'Asia/Yangon'),
    ('NPL', 'Asia/Kathmandu'), ('NZL', 'Pacific/Auckland'), ('PAK', 'Asia/Karachi'), ('PNG', 'Pacific/Port_Moresby'),
    ('PHL', 'Asia/Manila'), ('WSM', 'Pacific/Apia'), ('SGP', 'Asia/Singapore'), ('LKA', 'Asia/Colombo'),
    ('THA', 'Asia/Bangkok'), ('TLS', 'Asia/Dili'), ('TON', 'Pacific/Tongatapu'), ('VUT', 'Pacific/Efate'),
    ('VNM', 'Asia/Ho_Chi_Minh')
) AS z(code, zone)
WHERE a.code = z.code;

-- Friday is the weekly rest day in Afghanistan, Iran and the Maldives, with Saturday or Thursday.
UPDATE administration SET closed_days = 'FRIDAY,SATURDAY' WHERE code IN ('AFG', 'MDV');
UPDATE administration SET closed_days = 'THURSDAY,FRIDAY' WHERE code = 'IRN';

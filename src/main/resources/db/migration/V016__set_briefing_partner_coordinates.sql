-- The public coordinates of the briefing's partners (city centre, four decimals; a foreign institution at the city of
-- its seat, a regency at its seat), for databases loaded before the seed carried them. Only a partner with exactly
-- that name and country and no coordinates yet is changed: nothing anyone entered is overwritten. The same values are
-- in seed/BriefingFacts for fresh databases.
update partner p
set latitude = c.latitude, longitude = c.longitude
from (values
    ('Braunschweig', 'DE', 52.2689, 10.5268),
    ('Fort Worth', 'US', 32.7555, -97.3308),
    ('Suwon', 'KR', 37.2636, 127.0286),
    ('Yingkou', 'CN', 40.6250, 122.2189),
    ('Liuzhou', 'CN', 24.3264, 109.4281),
    ('Petaling Jaya', 'MY', 3.1073, 101.6067),
    ('Shenzhen', 'CN', 22.5431, 114.0579),
    ('Hamamatsu', 'JP', 34.7108, 137.7261),
    ('Seoul', 'KR', 37.5665, 126.9780),
    ('Namur', 'BE', 50.4674, 4.8720),
    ('Toyota', 'JP', 35.0825, 137.1563),
    ('Cotabato', 'PH', 7.2236, 124.2464),
    ('Cuenca', 'EC', -2.9001, -79.0059),
    ('Japan Smart Community Alliance (JSCA)', 'JP', 35.5308, 139.7029),
    ('Kawasaki', 'JP', 35.5308, 139.7029),
    ('Asian Development Bank (ADB)', 'PH', 14.5794, 121.0359),
    ('Kota Cimahi', 'ID', -6.8722, 107.5425),
    ('Kabupaten Bandung', 'ID', -7.0212, 107.5296),
    ('Kabupaten Bandung Barat', 'ID', -6.8393, 107.5119),
    ('Kabupaten Sumedang', 'ID', -6.8597, 107.9208)
) as c (name, country, latitude, longitude)
where p.name = c.name and p.country = c.country and p.latitude is null and p.longitude is null;

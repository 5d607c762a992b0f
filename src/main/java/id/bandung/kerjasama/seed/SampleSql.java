package id.bandung.kerjasama.seed;

import java.util.List;

/**
 * The SQL that makes sample data. Values derive from hashes of the row number, so a run is repeatable; every row
 * has {@code sample = true} and {@code created_by = 'sample'}. The volumes are integers checked by
 * {@link SampleVolumes}, the only values put into the text.
 */
final class SampleSql {

    private static final String STAMPS = "now(), 'sample', now(), 'sample'";
    private static final String NOTE = "'Data sampel untuk demonstrasi dan uji kinerja; bukan data resmi.'";

    /**
     * Where sample partners lie: an Indonesian partner near its province's capital, a foreign one near the middle of
     * its country (latitude, longitude, spread in degrees).
     */
    private static final String CENTRES = """
            ('ACEH', 5.45, 95.60, 0.3), ('SUMATERA_UTARA', 3.20, 98.90, 0.5), ('SUMATERA_BARAT', -0.80, 100.60, 0.4),
            ('RIAU', 0.40, 101.70, 0.5), ('KEPULAUAN_RIAU', 1.05, 104.05, 0.08), ('JAMBI', -1.70, 103.20, 0.5),
            ('SUMATERA_SELATAN', -3.20, 104.20, 0.6), ('KEPULAUAN_BANGKA_BELITUNG', -2.20, 106.10, 0.2),
            ('BENGKULU', -3.70, 102.50, 0.25), ('LAMPUNG', -5.10, 105.10, 0.4), ('DKI_JAKARTA', -6.22, 106.84, 0.05),
            ('BANTEN', -6.30, 106.15, 0.2), ('JAWA_BARAT', -6.95, 107.40, 0.4), ('JAWA_TENGAH', -7.25, 110.20, 0.4),
            ('DI_YOGYAKARTA', -7.85, 110.40, 0.08), ('JAWA_TIMUR', -7.60, 112.40, 0.45), ('BALI', -8.45, 115.15, 0.12),
            ('NUSA_TENGGARA_BARAT', -8.60, 116.60, 0.3), ('NUSA_TENGGARA_TIMUR', -9.70, 124.20, 0.3),
            ('KALIMANTAN_BARAT', -0.10, 110.50, 0.8), ('KALIMANTAN_TENGAH', -1.70, 113.50, 0.8),
            ('KALIMANTAN_SELATAN', -3.00, 115.20, 0.4), ('KALIMANTAN_TIMUR', 0.30, 116.40, 0.8),
            ('KALIMANTAN_UTARA', 3.00, 116.40, 0.5), ('SULAWESI_UTARA', 1.20, 124.60, 0.2),
            ('GORONTALO', 0.65, 122.60, 0.2), ('SULAWESI_TENGAH', -1.30, 120.80, 0.5),
            ('SULAWESI_BARAT', -2.60, 119.30, 0.3), ('SULAWESI_SELATAN', -4.00, 120.10, 0.4),
            ('SULAWESI_TENGGARA', -4.00, 122.20, 0.3), ('MALUKU', -3.25, 129.30, 0.3), ('MALUKU_UTARA', 1.00, 127.80, 0.2),
            ('PAPUA', -2.90, 139.80, 0.6), ('PAPUA_BARAT', -1.40, 133.50, 0.4), ('PAPUA_BARAT_DAYA', -1.10, 131.90, 0.3),
            ('PAPUA_TENGAH', -3.90, 136.50, 0.6), ('PAPUA_PEGUNUNGAN', -4.10, 138.90, 0.4),
            ('PAPUA_SELATAN', -7.40, 139.70, 0.6),
            ('JP', 36.20, 138.60, 1.2), ('KR', 36.40, 127.90, 0.7), ('CN', 31.00, 112.00, 4.0), ('MY', 3.80, 102.00, 0.8),
            ('SG', 1.35, 103.82, 0.03), ('DE', 50.90, 10.40, 1.5), ('NL', 52.20, 5.60, 0.35), ('FR', 46.70, 2.50, 1.8),
            ('US', 38.50, -96.00, 5.0), ('AU', -26.00, 135.00, 5.0), ('TH', 15.50, 101.50, 1.5),
            ('VN', 21.00, 105.80, 0.4), ('PH', 15.00, 120.90, 0.5), ('BE', 50.60, 4.60, 0.25), ('EC', -1.60, -78.60, 0.6),
            ('GB', 52.60, -1.60, 1.0), ('IT', 42.80, 12.50, 0.9), ('TR', 39.00, 34.00, 2.5), ('IN', 22.00, 78.50, 4.5),
            ('AE', 24.20, 54.80, 0.4)""";

    private SampleSql() {}

    static List<String> statements(SampleVolumes volumes) {
        long pairs = (long) volumes.partners() * volumes.software();
        long stride = Math.max(1, pairs / Math.max(1, volumes.adoptions()));
        return List.of(
                partners(volumes.partners()),
                software(volumes.software()),
                agreements(volumes.agreements()),
                FIELDS,
                PARENTS,
                EXTENSIONS,
                adoptions(volumes.adoptions(), stride));
    }

    private static String partners(int count) {
        return """
                insert into partner (created_at, created_by, updated_at, updated_by, name, kind, country, province,
                                     borders_bandung, latitude, longitude, website, notes, sample)
                select %s, name, kind, country,
                       case when country = 'ID' and kind <> 'PROVINCE' then province end,
                       false, lat, lon, 'https://' || lower(regexp_replace(name, '[^A-Za-z0-9]+', '-', 'g'))
                       || '.example', %s, true
                from (
                select named.*,
                       -- Within its spread around the centre of its province or country (a disc, denser in the
                       -- middle), so that the map is plausible; one partner in fifty has no coordinates, as in a
                       -- register being filled in.
                       case when h %% 50 <> 0 then round((c.lat + c.spread * sqrt((h / 13) %% 1000 / 1000.0)
                                                          * sin(radians((h / 17) %% 360)))::numeric, 6) end as lat,
                       case when h %% 50 <> 0 then round((c.lon + c.spread * 1.3 * sqrt((h / 13) %% 1000 / 1000.0)
                                                          * cos(radians((h / 17) %% 360)))::numeric, 6) end as lon
                from (
                  select g, kind,
                         case when kind in ('CITY', 'REGENCY', 'PROVINCE', 'UNIVERSITY', 'NGO')
                                   or (kind = 'COMPANY' and h %% 2 = 0) then 'ID'
                              else (array['JP','KR','CN','MY','SG','DE','NL','FR','US','AU','TH','VN','PH','BE',
                                          'EC','GB','IT','TR','IN','AE'])[1 + (h / 7) %% 20] end as country,
                         (array['ACEH','SUMATERA_UTARA','SUMATERA_BARAT','RIAU','KEPULAUAN_RIAU','JAMBI',
                                'SUMATERA_SELATAN','KEPULAUAN_BANGKA_BELITUNG','BENGKULU','LAMPUNG','DKI_JAKARTA',
                                'BANTEN','JAWA_BARAT','JAWA_TENGAH','DI_YOGYAKARTA','JAWA_TIMUR','BALI',
                                'NUSA_TENGGARA_BARAT','NUSA_TENGGARA_TIMUR','KALIMANTAN_BARAT','KALIMANTAN_TENGAH',
                                'KALIMANTAN_SELATAN','KALIMANTAN_TIMUR','KALIMANTAN_UTARA','SULAWESI_UTARA',
                                'GORONTALO','SULAWESI_TENGAH','SULAWESI_BARAT','SULAWESI_SELATAN',
                                'SULAWESI_TENGGARA','MALUKU','MALUKU_UTARA','PAPUA','PAPUA_BARAT','PAPUA_BARAT_DAYA',
                                'PAPUA_TENGAH','PAPUA_PEGUNUNGAN','PAPUA_SELATAN'])[1 + (h / 11) %% 38] as province,
                         case kind when 'CITY' then 'Kota ' when 'REGENCY' then 'Kabupaten '
                                   when 'PROVINCE' then 'Provinsi ' when 'COMPANY' then 'PT '
                                   when 'UNIVERSITY' then 'Universitas ' when 'NGO' then 'Yayasan '
                                   when 'FOREIGN_INSTITUTION' then 'Agency ' else '' end
                         || case when kind in ('FOREIGN_CITY', 'FOREIGN_INSTITUTION')
                                 then (array['Nord','Sud','Ost','West','Alt','Neu','Lake','River','Port','Mount',
                                             'San','Saint'])[1 + h %% 12]
                                      || (array['burg','ville','field','haven','stadt','ton','polis','mouth',
                                                'shire','bridge'])[1 + (h / 12) %% 10]
                                 else (array['Suka','Mekar','Sari','Tanjung','Karang','Batu','Jati','Cipta','Mulya',
                                             'Harja','Wangi','Sinar','Giri','Tirta','Bumi','Rahayu'])[1 + h %% 16]
                                      || (array['jaya','mukti','asih','makmur','raharja','sari','wangi','mulya',
                                                'agung','baru','indah','permai'])[1 + (h / 16) %% 12] end
                         || ' ' || lpad(g::text, 5, '0') as name,
                         h
                  from (select g, (hashtext('partner' || g) & 2147483647) as h,
                               case when (hashtext('kind' || g) & 2147483647) %% 100 < 25 then 'CITY'
                                    when (hashtext('kind' || g) & 2147483647) %% 100 < 50 then 'REGENCY'
                                    when (hashtext('kind' || g) & 2147483647) %% 100 < 55 then 'PROVINCE'
                                    when (hashtext('kind' || g) & 2147483647) %% 100 < 75 then 'FOREIGN_CITY'
                                    when (hashtext('kind' || g) & 2147483647) %% 100 < 85 then 'FOREIGN_INSTITUTION'
                                    when (hashtext('kind' || g) & 2147483647) %% 100 < 91 then 'COMPANY'
                                    when (hashtext('kind' || g) & 2147483647) %% 100 < 96 then 'UNIVERSITY'
                                    else 'NGO' end as kind
                        from generate_series(1, %d) g) numbered
                ) named
                join (values %s) as c (place, lat, lon, spread)
                  on c.place = case when named.country = 'ID' then named.province else named.country end
                ) shaped
                order by g""".formatted(STAMPS, NOTE, count, CENTRES);
    }

    private static String software(int count) {
        return """
                insert into software (created_at, created_by, updated_at, updated_by, name, acronym, description,
                                      category, owner_unit, kpk_recommended, sample)
                select %s,
                       'Aplikasi ' || (array['Perizinan Daring','Kepegawaian','Pengaduan Warga','Keuangan Daerah',
                                             'Aset Daerah','Perencanaan','Arsip Digital','Data Terpadu',
                                             'Kesehatan Warga','Pendidikan','Pajak Daerah','Retribusi',
                                             'Perpustakaan','Pemetaan','Kinerja Pegawai','Rapat Daring'])[1 + h %% 16]
                       || ' ' || lpad(g::text, 3, '0'),
                       'APL' || lpad(g::text, 3, '0'), %s,
                       (array['PERFORMANCE','HUMAN_RESOURCES','CORRESPONDENCE','PLANNING_BUDGETING','FINANCE',
                              'PUBLIC_SERVICE','DATA_INFRASTRUCTURE','OTHER'])[1 + (h / 16) %% 8],
                       (array['Diskominfo','BKPSDM','Bappelitbang','BPKAD','Disdukcapil','Dinkes','Disdik',
                              'Bapenda'])[1 + (h / 128) %% 8],
                       h %% 10 = 0, true
                from (select g, (hashtext('software' || g) & 2147483647) as h
                      from generate_series(1, %d) g) numbered""".formatted(STAMPS, NOTE, count);
    }

    private static String agreements(int count) {
        return """
                with params as (select count(*) as n from partner where sample),
                     p as (select id, kind, borders_bandung, name, row_number() over (order by id) - 1 as rn
                           from partner where sample),
                     numbered as (
                       select g, h, p.*,
                              case when p.kind in ('CITY','REGENCY','PROVINCE') then 'KSDD'
                                   when p.kind = 'FOREIGN_CITY' then 'KSDPL'
                                   when p.kind = 'FOREIGN_INSTITUTION' then 'KSDLL' else 'KSDPK' end as category,
                              case when h %% 20 = 0 then null
                                   else date '2005-01-01' + (h %% (current_date - date '2005-01-01')) end as signed
                       from (select g, (hashtext('agreement' || g) & 2147483647) as h from generate_series(1, %d) g) s
                       cross join params
                       join p on p.rn = (s.g::bigint * 7919) %% params.n)
                insert into agreement (created_at, created_by, updated_at, updated_by, partner_id, category,
                                       obligation, document_kind, title, bandung_number, partner_number, signed_on,
                                       start_on, end_on, terminated_on, termination_reason, notes, sample,
                                       stage, burdens_public, unbudgeted, signed_by_proxy, power_of_attorney)
                select %s, id, category,
                       case when category <> 'KSDD' then null
                            when borders_bandung or h %% 10 = 0 then 'WAJIB' else 'SUKARELA' end,
                       case when h %% 20 < 9 then 'KESEPAKATAN_BERSAMA' when h %% 20 < 17 then 'PERJANJIAN_KERJA_SAMA'
                            when h %% 20 < 19 then 'LETTER_OF_INTENT' else 'OTHER' end,
                       'Kerja sama bidang ' || (array['pemerintahan','sosial','ekonomi','pendidikan','kebudayaan',
                                                      'pariwisata','lingkungan','teknologi','kesehatan'])[1 + g %% 9]
                       || ' dengan ' || name,
                       case when signed is not null
                            then lpad((1 + h %% 999)::text, 3, '0') || '/' || g || '-Kerjasama/'
                                 || extract(year from signed) end,
                       case when signed is not null and h %% 3 = 0
                            then 'NK/' || g || '/' || extract(year from signed) end,
                       signed,
                       signed + (h %% 30)::int,
                       case when signed is null or h %% 10 = 0 then null
                            else signed + (h %% 30)::int + (365 * (1 + (h / 7) %% 5))::int end,
                       case when signed is not null and h %% 50 = 1 then signed + 200 end,
                       case when signed is not null and h %% 50 = 1
                            then 'Diakhiri atas kesepakatan para pihak (data sampel).' end,
                       %s, true,
                       case when signed is not null and h %% 50 = 1 then 'ENDED'
                            when signed is not null or h %% 40 = 0 then 'IN_FORCE' else 'PROPOSAL' end,
                       category = 'KSDD' and h %% 7 = 0, category = 'KSDD' and h %% 11 = 0, h %% 13 = 0,
                       case when h %% 13 = 0 and h %% 2 = 0 then 'SK/' || g end
                from numbered""".formatted(count, STAMPS, NOTE);
    }

    private static final String FIELDS = """
            insert into agreement_field (agreement_id, field)
            select distinct id, (array['PEMERINTAHAN','SOSIAL','EKONOMI','PENDIDIKAN','KEBUDAYAAN','PARIWISATA',
                                       'LINGKUNGAN','TEKNOLOGI','KESEHATAN'])[1 + pick]
            from (select id, id %% 9 as pick from agreement where sample
                  union all
                  select id, (id / 9) %% 9 from agreement where sample and id %% 3 = 0) chosen""".replace("%%", "%");

    /** An implementing agreement (PKS) implements its partner's first memorandum, where there is one. */
    private static final String PARENTS = """
            update agreement c set parent_id = k.id
            from (select partner_id, min(id) as id from agreement
                  where sample and document_kind = 'KESEPAKATAN_BERSAMA' group by partner_id) k
            where c.sample and c.document_kind = 'PERJANJIAN_KERJA_SAMA' and c.partner_id = k.partner_id""";

    /** One agreement in forty extends the partner's agreement before it, so figures meet extension chains. */
    private static final String EXTENSIONS = """
            with ordered as (select id, lag(id) over (partition by partner_id order by id) as previous
                             from agreement where sample)
            update agreement a set predecessor_id = o.previous
            from ordered o where a.id = o.id and o.previous is not null and a.id % 40 = 0""";

    private static String adoptions(int count, long stride) {
        return """
                with p as (select id, row_number() over (order by id) - 1 as rn from partner where sample),
                     s as (select id, row_number() over (order by id) - 1 as rn from software where sample),
                     first_agreement as (select partner_id, min(id) as id from agreement where sample
                                         group by partner_id)
                insert into adoption (created_at, created_by, updated_at, updated_by, partner_id, software_id,
                                      agreement_id, status, since, notes, sample)
                select %s, p.id, s.id,
                       case when (p.rn + s.rn) %% 10 = 0 then fa.id end,
                       case when (p.rn * 13 + s.rn * 7) %% 20 < 2 then 'REQUESTED'
                            when (p.rn * 13 + s.rn * 7) %% 20 < 5 then 'IN_PROGRESS'
                            when (p.rn * 13 + s.rn * 7) %% 20 < 19 then 'ADOPTED' else 'DISCONTINUED' end,
                       date '2012-01-01' + ((p.rn * 37 + s.rn * 11) %% 5000)::int,
                       null, true
                from p cross join s
                left join first_agreement fa on fa.partner_id = p.id
                where (p.rn * 31 + s.rn * 17) %% %d = 0
                limit %d""".formatted(STAMPS, stride, count);
    }
}

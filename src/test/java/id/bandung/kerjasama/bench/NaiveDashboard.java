package id.bandung.kerjasama.bench;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.software.Adoption;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard the naive way, for comparison only: every partner, agreement and adoption loaded through JPA and
 * counted in Java. The app never does this.
 */
final class NaiveDashboard {

    private final EntityManagerFactory factory;

    NaiveDashboard(EntityManagerFactory factory) {
        this.factory = factory;
    }

    Map<String, Long> compute() {
        EntityManager entityManager = factory.createEntityManager();
        try {
            LocalDate today = LocalDate.now();
            List<Partner> partners = entityManager
                    .createQuery("select p from Partner p", Partner.class)
                    .getResultList();
            List<Agreement> agreements = entityManager
                    .createQuery(
                            "select a from Agreement a join fetch a.partner left join fetch a.fields", Agreement.class)
                    .getResultList();
            List<Adoption> adoptions = entityManager
                    .createQuery("select a from Adoption a join fetch a.software join fetch a.partner", Adoption.class)
                    .getResultList();
            Map<String, Long> figures = new HashMap<>();
            figures.put("partners", (long) partners.size());
            count(partners, Partner::getCountry).forEach((key, value) -> figures.put("country:" + key, value));
            count(partners, partner -> String.valueOf(partner.getProvince()))
                    .forEach((key, value) -> figures.put("province:" + key, value));
            count(agreements, agreement -> agreement.getCategory() + ":" + agreement.getObligation())
                    .forEach((key, value) -> figures.put("category:" + key, value));
            count(agreements, agreement -> agreement.status(today).name())
                    .forEach((key, value) -> figures.put("status:" + key, value));
            agreements.stream()
                    .flatMap(agreement -> agreement.getFields().stream())
                    .collect(Collectors.groupingBy(Enum::name, Collectors.counting()))
                    .forEach((key, value) -> figures.put("field:" + key, value));
            count(
                            agreements.stream()
                                    .filter(agreement -> agreement.getSignedOn() != null)
                                    .toList(),
                            agreement -> agreement.getSignedOn().getYear() + ":" + agreement.getCategory())
                    .forEach((key, value) -> figures.put("year:" + key, value));
            count(adoptions, adoption -> adoption.getStatus().name())
                    .forEach((key, value) -> figures.put("adoption:" + key, value));
            count(adoptions, adoption -> adoption.getSoftware().getName())
                    .forEach((key, value) -> figures.put("software:" + key, value));
            figures.put(
                    "active",
                    agreements.stream()
                            .filter(a -> a.status(today) == AgreementStatus.ACTIVE)
                            .count());
            return figures;
        } finally {
            entityManager.close();
        }
    }

    private static <T> Map<String, Long> count(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}

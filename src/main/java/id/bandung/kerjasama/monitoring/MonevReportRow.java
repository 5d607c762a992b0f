package id.bandung.kerjasama.monitoring;

import java.time.LocalDate;
import java.util.List;

/** One report as the agreement's Monev section shows it, with its evidence files (names, not content). */
public record MonevReportRow(
        long id,
        LocalDate periodFrom,
        LocalDate periodTo,
        String activities,
        String outputs,
        String outcomes,
        String obstacles,
        String followUp,
        String responsibleUnit,
        String personInCharge,
        Recommendation recommendation,
        List<EvidenceInfo> evidence) {}

package id.bandung.kerjasama.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a data folder held by another app into a short explanation instead of a stack trace. */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabase.DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabase.DataFolderInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Stop the other app, or set APP_DATA_DIR to another folder, or set SPRING_DATASOURCE_URL, "
                        + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to use a PostgreSQL server.",
                cause);
    }
}

package id.bandung.kerjasama.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.audit.AuditAction;
import id.bandung.kerjasama.audit.AuditEvent;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends KaribuTest {

    @Autowired
    Records records;

    @Test
    void an_administrator_filters_the_log_by_user_and_record_type() {
        records.city(Records.unique("Kota Tercatat"));
        signIn("admin");
        navigate("audit?user=test-staff&type=Partner");
        AuditView view = _get(AuditView.class);
        assertThat(view.user.getValue()).isEqualTo("test-staff");
        assertThat(_size(view.grid)).isPositive();
        assertThat(IntStream.range(0, _size(view.grid)).mapToObj(i -> _get(view.grid, i)))
                .allSatisfy(event -> {
                    assertThat(event.getUsername()).isEqualTo("test-staff");
                    assertThat(event.getRecordType()).isEqualTo("Partner");
                });
        AuditEvent newest = _get(view.grid, 0);
        assertThat(newest.getAction()).isEqualTo(AuditAction.CREATE);
    }

    @Test
    void staff_cannot_open_the_audit_log() {
        signIn("staf");
        assertThatThrownBy(() -> navigate("audit")).isNotNull();
    }
}

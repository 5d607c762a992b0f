package id.bandung.kerjasama.backup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.bandung.kerjasama.backup.BackupProperties;
import id.bandung.kerjasama.backup.BackupRun;
import id.bandung.kerjasama.backup.BackupService;
import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.ListLayout;
import id.bandung.kerjasama.base.ui.Notifications;
import id.bandung.kerjasama.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Backups for administrators: what an archive holds and where, when the next one is written, a button for one now,
 * and the recent ones with their result, size and a download. A backup takes seconds to minutes at the register's
 * size, so it runs off the screen's lock (the button shows it is busy) and the list refreshes when it is done.
 */
@Route("backup")
@Menu(order = 96, icon = "vaadin:archive", title = "backup.menu")
@RolesAllowed(Roles.ADMIN)
public class BackupView extends Composite<ListLayout> implements HasDynamicTitle {

    /** "0 30 1 * * *": every day at a fixed time. */
    private static final Pattern DAILY = Pattern.compile("0 (\\d{1,2}) (\\d{1,2}) \\* \\* \\*");

    final Grid<BackupRun> grid = new Grid<>();
    final Button backUpNow = new Button();

    private final BackupService backups;
    private final AsyncTaskExecutor executor;

    BackupView(BackupService backups, BackupProperties properties, AsyncTaskExecutor applicationTaskExecutor) {
        this.backups = backups;
        this.executor = applicationTaskExecutor;
        ListLayout layout = getContent();
        layout.addClassName("backup-view");

        Paragraph where = new Paragraph(getTranslation(
                "backup.where", backups.folder().toString(), schedule(properties.cron()), properties.keep()));
        where.addClassName("backup-where");
        Paragraph restore = new Paragraph(getTranslation("backup.restore-hint"));
        restore.addClassName("backup-where");
        layout.addFilters(where, restore);

        backUpNow.setText(getTranslation("backup.now"));
        backUpNow.setIcon(VaadinIcon.ARCHIVE.create());
        backUpNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUpNow.setDisableOnClick(true);
        backUpNow.addClickListener(click -> backUpNow());
        layout.addActions(backUpNow);

        grid.addColumn(run -> Formats.dateTime(run.startedAt(), getLocale()))
                .setKey("startedAt")
                .setHeader(getTranslation("backup.column.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(run -> getTranslation("backup.trigger." + run.trigger().name()) + " · " + run.requestedBy())
                .setKey("trigger")
                .setHeader(getTranslation("backup.column.trigger"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::result))
                .setKey("result")
                .setHeader(getTranslation("backup.column.result"))
                .setFlexGrow(2);
        grid.addColumn(run -> run.sizeBytes() == null ? "" : Formats.bytes(run.sizeBytes(), getLocale()))
                .setKey("size")
                .setHeader(getTranslation("backup.column.size"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(run -> run.rowCount() == null ? "" : Formats.number(run.rowCount(), getLocale()))
                .setKey("rows")
                .setHeader(getTranslation("backup.column.rows"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::download))
                .setKey("download")
                .setHeader(getTranslation("backup.column.archive"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("backup.empty"));
        layout.setGrid(grid);
        refresh();
    }

    @Override
    protected ListLayout initContent() {
        return new ListLayout(getTranslation("backup.intro"));
    }

    private void backUpNow() {
        UI ui = UI.getCurrent();
        SecurityContext user = SecurityContextHolder.getContext();
        backUpNow.setText(getTranslation("backup.running"));
        CompletableFuture.supplyAsync(() -> Actor.callIn(user, backups::backUpNow), executor)
                .whenComplete((run, failure) -> ui.access(() -> {
                    backUpNow.setText(getTranslation("backup.now"));
                    backUpNow.setEnabled(true);
                    refresh();
                    if (failure != null || !run.succeeded()) {
                        Notifications.error(getTranslation("backup.failed"));
                    } else {
                        Notifications.success(getTranslation(
                                "backup.done", run.fileName(), Formats.bytes(run.sizeBytes(), getLocale())));
                    }
                }));
    }

    private void refresh() {
        var runs = backups.recent();
        grid.setItems(runs);
        getContent().setCount(getTranslation("backup.count", Formats.number(runs.size(), getLocale())));
    }

    private Component result(BackupRun run) {
        Span badge = new Span(getTranslation(run.succeeded() ? "backup.result.ok" : "backup.result.failed"));
        badge.getElement().getThemeList().add(run.succeeded() ? "badge success" : "badge error");
        if (run.succeeded()) {
            return badge;
        }
        Span message = new Span(run.message() == null ? "" : run.message());
        message.addClassName("backup-failure");
        Span both = new Span(badge, message);
        both.addClassName("backup-result");
        return both;
    }

    private Component download(BackupRun run) {
        if (run.fileName() == null) {
            return new Span();
        }
        if (!run.available()) {
            Span gone = new Span(getTranslation("backup.archive.gone", run.fileName()));
            gone.addClassName("backup-gone");
            return gone;
        }
        Anchor anchor = new Anchor(archive(run), run.fileName());
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("aria-label", getTranslation("backup.archive.download", run.fileName()));
        return anchor;
    }

    private DownloadHandler archive(BackupRun run) {
        return event -> {
            event.setFileName(run.fileName());
            event.setContentType("application/zip");
            backups.copyArchive(run.id(), event.getOutputStream());
        };
    }

    /** "otomatis setiap hari pukul 01.30 WIB" for a daily time, the expression itself otherwise, "tidak terjadwal" for "-". */
    private String schedule(String cron) {
        if ("-".equals(cron)) {
            return getTranslation("backup.schedule.off");
        }
        Matcher daily = DAILY.matcher(cron.trim());
        if (daily.matches()) {
            LocalTime time = LocalTime.of(Integer.parseInt(daily.group(2)), Integer.parseInt(daily.group(1)));
            return getTranslation(
                    "backup.schedule.daily",
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                            .withLocale(getLocale())
                            .format(time));
        }
        return getTranslation("backup.schedule.cron", cron);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.title");
    }
}

package id.bandung.kerjasama.presentation.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.base.ui.Countries;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.dashboard.PartnerSince;
import java.util.List;

/** The sister cities, or the technical partners, with their countries and the year the partnership began. */
class PartnersSlide extends Slide {

    /** As many as fit on a projector in three columns of large type. */
    static final int SHOWN = 18;

    private final UnorderedList list = new UnorderedList();
    private final Paragraph more = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private List<PartnerSince> shown = List.of();

    PartnersSlide(SlideKey key) {
        super(key);
        list.addClassName("slide-partners");
        more.addClassName("slide-more");
        empty.addClassName("slide-empty");
        empty.setText(getTranslation("presentation.empty." + key.urlName));
        add(list, more, empty);
    }

    @Override
    void show(PresentationData data) {
        long total = key.partners == Category.KSDPL
                ? data.figures().headline().sisterCities()
                : data.figures().headline().foreignInstitutions();
        List<PartnerSince> partners = key.partners == Category.KSDPL ? data.sisterCities() : data.institutions();
        setTitle(getTranslation("presentation.slide." + key.urlName, Formats.number(total, getLocale())));
        empty.setVisible(partners.isEmpty());
        more.setVisible(total > partners.size());
        more.setText(getTranslation("presentation.more", Formats.number(total - partners.size(), getLocale())));
        if (partners.equals(shown)) {
            return;
        }
        shown = partners;
        list.removeAll();
        partners.forEach(partner -> {
            Span name = new Span(partner.name());
            name.addClassName("partner-name");
            String where = Countries.name(partner.country(), getLocale());
            Span country = new Span(
                    partner.since() == null
                            ? where
                            : getTranslation("presentation.since", where, String.valueOf(partner.since())));
            country.addClassName("partner-country");
            ListItem item = new ListItem(name, country);
            list.add(item);
        });
    }

    List<String> names() {
        return shown.stream().map(PartnerSince::name).toList();
    }
}

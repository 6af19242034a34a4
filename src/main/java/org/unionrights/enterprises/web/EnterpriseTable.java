package org.unionrights.enterprises.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unionrights.common.web.TableExport;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.counties.CountyRef;
import org.unionrights.enterprises.EnterpriseImport;
import org.unionrights.enterprises.EnterpriseNotFoundException;
import org.unionrights.enterprises.EnterpriseView;

/**
 * The registry as a table: its export and the import's template share the columns, so that an
 * export can be imported elsewhere as it is. Employees are a number; yes and no in words.
 */
@Component
class EnterpriseTable {

	private final MessageSource messages;

	private final CountyDirectory counties;

	EnterpriseTable(MessageSource messages, CountyDirectory counties) {
		this.messages = messages;
		this.counties = counties;
	}

	static TableExport.Format format(String extension) {
		return TableExport.Format.of(extension).orElseThrow(() -> new EnterpriseNotFoundException("export." + extension));
	}

	void write(TableExport.Format format, List<EnterpriseView> enterprises, Locale locale, OutputStream out)
			throws IOException {
		Map<Long, CountyRef> names = counties.byId();
		List<List<?>> rows = new ArrayList<>();
		for (EnterpriseView e : enterprises) {
			CountyRef county = names.get(e.countyId());
			rows.add(Arrays.asList(e.name(), e.creditCode(), county == null ? "" : county.name(locale),
					text("industry." + e.industry(), locale), text("enterpriseSize." + e.size(), locale), e.employees(),
					e.unionFoundedOn() == null ? "" : e.unionFoundedOn().toString(), yesNo(e.supervisionCommittee(), locale),
					yesNo(e.mediationCommittee(), locale), yesNo(e.newEmploymentForm(), locale)));
		}
		TableExport.write(format, text("enterprises.title", locale), headings(locale), rows, out);
	}

	/**
	 * The import's template: the headings and one example row, whose code is deliberately wrong so
	 * that an example left in the file is refused, never registered.
	 */
	void template(TableExport.Format format, Locale locale, OutputStream out) throws IOException {
		List<List<?>> example = List.of(Arrays.asList(text("enterprises.template.name", locale), "91610300MA6X1JNB2K",
				counties.active().get(0).name(locale), text("industry.LOGISTICS", locale),
				text("enterpriseSize.SMALL", locale), 35, "2024-05-01", yesNo(true, locale), yesNo(false, locale),
				yesNo(true, locale)));
		TableExport.write(format, text("enterprises.title", locale), headings(locale), example, out);
	}

	private List<String> headings(Locale locale) {
		return EnterpriseImport.COLUMNS.stream().map(key -> text(key, locale)).toList();
	}

	private String yesNo(boolean value, Locale locale) {
		return text(value ? "enterprises.yes" : "enterprises.no", locale);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}

package be.lokaalcirculair.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.web.Ui;

/**
 * The participation certificate of a series as a PDF: a jte print template rendered to
 * HTML and laid out by openhtmltopdf. DejaVu Sans is embedded so that every Dutch
 * character (ë, é, ï …) prints, whatever fonts the reader has.
 */
@Component
class SeriesCertificate {

	static final String TEMPLATE = "network/series-certificate.jte", REFUSED = "network/series-refused";

	private static final String FONT = "DejaVu Sans";

	private final TemplateEngine templates;

	private final Organisations organisations;

	SeriesCertificate(TemplateEngine templates, Organisations organisations) {
		this.templates = templates;
		this.organisations = organisations;
	}

	/**
	 * The certificate of a follower who qualifies as a download; for anyone else (a row
	 * of null: not a follower) a page that says why not, with 403.
	 */
	ModelAndView respond(Ui ui, MasterclassSeries series, SeriesAttendance.Row row, HttpServletResponse response)
			throws IOException {
		if (row == null || !row.qualifies()) {
			Map<String, Object> refused = new HashMap<>();
			refused.put("series", series);
			refused.put("row", row);
			return new ModelAndView(REFUSED, refused, HttpStatus.FORBIDDEN);
		}
		byte[] pdf = pdf(ui, row, series);
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("attest-" + series.getSlug() + ".pdf").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setContentLength(pdf.length);
		response.getOutputStream().write(pdf);
		// no view: the response is written
		return null;
	}

	/** The certificate of a follower who qualifies, in the language of {@code ui}. */
	byte[] pdf(Ui ui, SeriesAttendance.Row row, MasterclassSeries series) {
		String organisation = (row.follower().getOrganisationId() != null)
				? this.organisations.organisation(row.follower().getOrganisationId())
					.map(Organisation::getName)
					.orElse(null)
				: null;
		StringOutput html = new StringOutput();
		this.templates.render(TEMPLATE, Map.of("ui", ui, "series", series, "row", row, "organisation",
				(organisation != null) ? organisation : "", "issued", LocalDate.now(Ui.ZONE)), html);
		return render(html.toString());
	}

	private static byte[] render(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> SeriesCertificate.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT, 400,
					FontStyle.NORMAL, true);
			builder.useFont(() -> SeriesCertificate.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT, 700,
					FontStyle.NORMAL, true);
			// jsoup reads the HTML5 the template writes; openhtmltopdf wants a DOM
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}

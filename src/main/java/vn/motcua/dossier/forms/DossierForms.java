package vn.motcua.dossier.forms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Service;

import vn.motcua.web.VnFormat;
import vn.motcua.web.WebConfiguration;

/**
 * Renders the one-stop forms as PDF: Thymeleaf templates under {@code templates/forms/{tt01-2018,tt03-2025}/mau-NN.html}
 * (the set and number come from the data's {@link FormSet}) to XHTML, then openhtmltopdf with the DejaVu Serif
 * Condensed TTFs of {@code jasperreports-fonts} embedded, so every Vietnamese diacritic prints on any machine.
 *
 * <p>The templates have their own engine and resolver: they are not views of the web application and may only use
 * the variables given here ({@code data}, {@code set}, {@code number}, {@code paper}, {@code dates}, {@code fmt},
 * {@code qr}). No external resource is fetched while rendering; the QR image is a {@code data:} URI.
 */
@Service
public class DossierForms {

	/** Family name of the embedded font, as the templates' CSS names it. */
	static final String FONT_FAMILY = "DejaVu Serif Condensed";

	private static final String FONT_DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";

	private static final List<EmbeddedFont> FONTS = List.of(
			EmbeddedFont.load("DejaVuSerifCondensed.ttf", 400, FontStyle.NORMAL),
			EmbeddedFont.load("DejaVuSerifCondensed-Bold.ttf", 700, FontStyle.NORMAL),
			EmbeddedFont.load("DejaVuSerifCondensed-Italic.ttf", 400, FontStyle.ITALIC),
			EmbeddedFont.load("DejaVuSerifCondensed-BoldItalic.ttf", 700, FontStyle.ITALIC));

	/** QR image size in pixels: about 8 pixels a module for a lookup URL, sharp when printed at 22 mm. */
	private static final int QR_PIXELS = 360;

	private final SpringTemplateEngine templates;

	private final VnFormat fmt;

	private final FormDates dates = new FormDates();

	public DossierForms(VnFormat fmt) {
		this.fmt = fmt;
		this.templates = templateEngine();
		PdfRendererLogging.install();
	}

	private static SpringTemplateEngine templateEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(DossierForms.class.getClassLoader());
		resolver.setPrefix("templates/forms/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	/** Mẫu 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả, with a QR code to {@code lookupUrl} if there is one. */
	public byte[] receipt(ReceiptData data) {
		Map<String, Object> variables = new HashMap<>();
		if (data.lookupUrl() != null && !data.lookupUrl().isBlank()) {
			variables.put("qr", qrDataUri(data.lookupUrl()));
		}
		return render(data.formSet(), FormKind.RECEIPT, data, variables);
	}

	/** Mẫu 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
	public byte[] supplementRequest(SupplementRequestData data) {
		return render(data.formSet(), FormKind.SUPPLEMENT_REQUEST, data, Map.of());
	}

	/** Mẫu 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
	public byte[] refusal(RefusalData data) {
		return render(data.formSet(), FormKind.REFUSAL, data, Map.of());
	}

	/** Mẫu 04: the apology with a new appointment (TT 01/2018) or with a request for extension (TT 03/2025). */
	public byte[] apology(ApologyData data) {
		return render(data.formSet(), FormKind.APOLOGY, data, Map.of());
	}

	/**
	 * Mẫu 05 of TT 03/2025, Thông báo dừng giải quyết hồ sơ.
	 * @throws IllegalArgumentException for a dossier under TT 01/2018, which has no such form
	 */
	public byte[] stopNotice(StopNoticeData data) {
		if (!data.formSet().has(FormKind.STOP_NOTICE)) {
			throw new IllegalArgumentException("No stop notice under " + data.formSet().circular()
					+ ": the form exists from TT 03/2025/TT-VPCP (dossiers received from 01/07/2025)");
		}
		return render(data.formSet(), FormKind.STOP_NOTICE, data, Map.of());
	}

	/** Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05 of TT 01/2018, Mẫu 06 of TT 03/2025). */
	public byte[] controlSheet(ControlSheetData data) {
		return render(data.formSet(), FormKind.CONTROL_SHEET, data, Map.of());
	}

	/** The XHTML a form's template produces, before it becomes a PDF (for tests and debugging). */
	String xhtml(FormSet set, FormKind kind, Object data, Map<String, Object> extra) {
		Context context = new Context(WebConfiguration.VIETNAMESE);
		context.setVariables(extra);
		context.setVariable("data", data);
		context.setVariable("set", set);
		context.setVariable("number", set.number(kind));
		context.setVariable("paper", set.paperSize(kind));
		context.setVariable("font", FONT_FAMILY);
		context.setVariable("dates", this.dates);
		context.setVariable("fmt", this.fmt);
		return this.templates.process(set.template(kind), context);
	}

	private byte[] render(FormSet set, FormKind kind, Object data, Map<String, Object> extra) {
		return pdf(xhtml(set, kind, data, extra));
	}

	private static byte[] pdf(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(xhtml, null);
		for (EmbeddedFont font : FONTS) {
			builder.useFont(font::open, FONT_FAMILY, font.weight(), font.style(), true);
		}
		// everything the forms need is inline: no file, classpath or network access while rendering
		builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		// tagged PDF (PDF/UA) for screen readers; it also keeps the 14 standard PDF fonts out of the resolver, so that
		// nothing can fall back to a font without Vietnamese letters and PDFBox never scans the system fonts
		builder.usePdfUaAccessibility(true);
		builder.withProducer("MotCua");
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render the form as PDF", ex);
		}
		return out.toByteArray();
	}

	static String qrDataUri(String content) {
		try {
			// level M survives a crease or a smudge on a printed slip; a 2-module quiet zone is enough on white paper
			BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, QR_PIXELS, QR_PIXELS,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET,
							"UTF-8", EncodeHintType.MARGIN, 2));
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode as QR code: " + content, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One TTF face, read once from the classpath and kept in memory (≈ 350 kB each). */
	private record EmbeddedFont(byte[] bytes, int weight, FontStyle style) {

		static EmbeddedFont load(String file, int weight, FontStyle style) {
			try (InputStream in = DossierForms.class.getResourceAsStream(FONT_DIRECTORY + file)) {
				if (in == null) {
					throw new IllegalStateException("Font " + FONT_DIRECTORY + file
							+ " not on the classpath (net.sf.jasperreports:jasperreports-fonts)");
				}
				return new EmbeddedFont(in.readAllBytes(), weight, style);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		InputStream open() {
			return new ByteArrayInputStream(this.bytes);
		}

	}

}

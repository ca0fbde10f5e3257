package vn.motcua.dossier.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Service;

import vn.motcua.web.HtmlPdf;
import vn.motcua.web.VnFormat;
import vn.motcua.web.WebConfiguration;

/**
 * Renders the one-stop forms as PDF: Thymeleaf templates under {@code templates/forms/{tt01-2018,tt03-2025}/mau-NN.html}
 * (the set and number come from the data's {@link FormSet}) to XHTML, then {@link HtmlPdf} (openhtmltopdf with the
 * DejaVu Serif Condensed TTFs of {@code jasperreports-fonts} embedded), so every Vietnamese diacritic prints on any machine.
 *
 * <p>The templates have their own engine and resolver: they are not views of the web application and may only use
 * the variables given here ({@code data}, {@code set}, {@code number}, {@code paper}, {@code dates}, {@code fmt},
 * {@code qr}). No external resource is fetched while rendering; the QR image is a {@code data:} URI.
 */
@Service
public class DossierForms {

	/** Family name of the embedded font, as the templates' CSS names it. */
	static final String FONT_FAMILY = HtmlPdf.FONT_FAMILY;

	/** QR image size in pixels: about 8 pixels a module for a lookup URL, sharp when printed at 22 mm. */
	private static final int QR_PIXELS = 360;

	private final SpringTemplateEngine templates;

	private final VnFormat fmt;

	private final FormDates dates = new FormDates();

	public DossierForms(VnFormat fmt) {
		this.fmt = fmt;
		this.templates = templateEngine();
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
		return HtmlPdf.render(xhtml(set, kind, data, extra));
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

}

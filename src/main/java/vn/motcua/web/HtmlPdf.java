package vn.motcua.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * XHTML to PDF with openhtmltopdf and the DejaVu Serif Condensed TTFs of {@code jasperreports-fonts} embedded, so that
 * every Vietnamese diacritic prints on any machine. The page's CSS names the font as {@link #FONT_FAMILY}; paper size
 * and margins come from its {@code @page} rule. No external resource is fetched while rendering except {@code data:}
 * URIs.
 */
public final class HtmlPdf {

	/** Family name of the embedded font, as the documents' CSS names it. */
	public static final String FONT_FAMILY = "DejaVu Serif Condensed";

	private static final String FONT_DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";

	private static final List<EmbeddedFont> FONTS = List.of(
			EmbeddedFont.load("DejaVuSerifCondensed.ttf", 400, FontStyle.NORMAL),
			EmbeddedFont.load("DejaVuSerifCondensed-Bold.ttf", 700, FontStyle.NORMAL),
			EmbeddedFont.load("DejaVuSerifCondensed-Italic.ttf", 400, FontStyle.ITALIC),
			EmbeddedFont.load("DejaVuSerifCondensed-BoldItalic.ttf", 700, FontStyle.ITALIC));

	static {
		PdfRendererLogging.install();
	}

	private HtmlPdf() {
	}

	/** The PDF of a well-formed XHTML document. */
	public static byte[] render(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(xhtml, null);
		for (EmbeddedFont font : FONTS) {
			builder.useFont(font::open, FONT_FAMILY, font.weight(), font.style(), true);
		}
		// everything the documents need is inline: no file, classpath or network access while rendering
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
			throw new UncheckedIOException("Cannot render the document as PDF", ex);
		}
		return out.toByteArray();
	}

	/** One TTF face, read once from the classpath and kept in memory (≈ 350 kB each). */
	private record EmbeddedFont(byte[] bytes, int weight, FontStyle style) {

		static EmbeddedFont load(String file, int weight, FontStyle style) {
			try (InputStream in = HtmlPdf.class.getResourceAsStream(FONT_DIRECTORY + file)) {
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

package vn.motcua.web;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Sends openhtmltopdf's messages (java.util.logging by default, chatty at INFO) to the application's logging under
 * {@code com.openhtmltopdf}: warnings stay warnings, INFO becomes DEBUG, the rest TRACE.
 */
final class PdfRendererLogging implements XRLogger {

	private static final Log log = LogFactory.getLog("com.openhtmltopdf");

	private static boolean installed;

	static synchronized void install() {
		if (!installed) {
			XRLog.setLoggerImpl(new PdfRendererLogging());
			installed = true;
		}
	}

	@Override
	public void log(String where, Level level, String msg) {
		log(where, level, msg, null);
	}

	@Override
	public void log(String where, Level level, String msg, Throwable th) {
		int value = level.intValue();
		if (value >= Level.WARNING.intValue()) {
			log.warn(msg, th);
		}
		else if (value >= Level.INFO.intValue()) {
			log.debug(msg, th);
		}
		else {
			log.trace(msg, th);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels are the application's logging configuration
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		int value = diagnostic.getLevel().intValue();
		if (value >= Level.WARNING.intValue()) {
			return log.isWarnEnabled();
		}
		return (value >= Level.INFO.intValue()) ? log.isDebugEnabled() : log.isTraceEnabled();
	}

}

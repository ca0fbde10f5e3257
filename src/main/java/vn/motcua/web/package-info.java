/**
 * Shared web infrastructure: layout and error pages, the Vietnamese formatting helper ({@link vn.motcua.web.VnFormat}),
 * locale switching, the application clock and zone, the security configuration, and HTML to PDF with the embedded
 * DejaVu font ({@link vn.motcua.web.HtmlPdf}) for the printed forms and reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = {})
package vn.motcua.web;

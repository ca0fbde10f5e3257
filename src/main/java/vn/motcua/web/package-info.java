/**
 * Shared web infrastructure: layout and error pages, the Vietnamese formatting helper ({@link vn.motcua.web.VnFormat}),
 * locale switching, the application clock and zone, and the security configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = {})
package vn.motcua.web;

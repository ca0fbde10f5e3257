/** Trang chủ: each role's starting page after login. */
@org.springframework.modulith.ApplicationModule(displayName = "Home", allowedDependencies = { "organisation", "dossier", "web" })
package vn.motcua.home;

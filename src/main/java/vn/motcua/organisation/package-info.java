/**
 * Tổ chức: the tree of organisation units (cơ quan, đơn vị) with their official codes, validity and successors
 * (mergers of 2025, DOMAIN.md §1.2), the users who work in them and their roles, and each user's unit scope.
 *
 * <p>Glossary: đơn vị = {@code OrganisationUnit}; mã ĐVHC = {@code adminCode}; mã định danh (QCVN 102:2016) =
 * {@code agencyId}; đơn vị kế thừa = {@code successor}; cán bộ một cửa = {@code RECEPTION_CLERK}; chuyên viên =
 * {@code SPECIALIST}; lãnh đạo = {@code LEADER}; theo dõi thống kê = {@code STATISTICS}; quản trị = {@code ADMIN}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = { "audit", "web" })
package vn.motcua.organisation;

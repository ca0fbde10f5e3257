package vn.motcua.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.motcua.audit.AuditLog;

/**
 * The organisation tree: who may see which unit, and the admin operations on it (create, edit, move, merge,
 * deactivate), each in one transaction with an audit record. Units are never deleted.
 */
@Service
@Transactional
public class OrganisationUnits {

	private static final Comparator<UnitView> BY_KIND_THEN_NAME = Comparator.comparing(UnitView::kind)
		.thenComparing(UnitView::name, java.text.Collator.getInstance(Locale.forLanguageTag("vi")));

	private final OrganisationUnitRepository units;

	private final UserAccountRepository users;

	private final AuditLog audit;

	private final Clock clock;

	private final org.springframework.jdbc.core.JdbcTemplate jdbc;

	OrganisationUnits(OrganisationUnitRepository units, UserAccountRepository users, AuditLog audit, Clock clock,
			org.springframework.jdbc.core.JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.units = units;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	// --- reading and scope ---

	@Transactional(readOnly = true)
	public Optional<UnitView> find(String code) {
		return units.findByCode(normaliseCode(code)).map(OrganisationUnit::view);
	}

	/**
	 * The unit's name for public pages (the citizen lookup shows the receiving office on every answer), or the code
	 * itself for an unknown unit. Kept for {@link #NAME_TTL_NANOS}: a lookup then needs no query and no transaction for
	 * it. An edit on this instance clears the cache at once; another instance shows a renamed unit's new name within
	 * a minute.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
	public String publicName(String code) {
		String key = normaliseCode(code);
		CachedName cached = publicNames.get(key);
		long now = System.nanoTime();
		if (cached != null && now - cached.at() < NAME_TTL_NANOS) {
			return cached.name();
		}
		// plain JDBC: inside the lookup's read (Dossiers#publicStatus) this reuses its connection; a JPA read would
		// take a second one from the pool while the first is held, and 32 lookups at once exhausted the pool for good
		String name = jdbc.queryForList("select name from organisation_unit where code = ?", String.class, key)
			.stream()
			.findFirst()
			.orElse(code);
		if (publicNames.size() > 10_000) {
			publicNames.clear();
		}
		publicNames.put(key, new CachedName(name, now));
		return name;
	}

	private static final long NAME_TTL_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

	private record CachedName(String name, long at) {
	}

	private final Map<String, CachedName> publicNames = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * The ids of the units whose data the user reaches: their own unit and, for LEADER, STATISTICS and ADMIN, every
	 * unit below it (including units merged into those).
	 */
	@Transactional(readOnly = true)
	public Set<Long> scopeOf(CurrentUser user) {
		if (user.reachesSubordinateUnits()) {
			return new HashSet<>(units.findSubtreeIds(user.unitId()));
		}
		return Set.of(user.unitId());
	}

	@Transactional(readOnly = true)
	public boolean canAccess(CurrentUser user, Long unitId) {
		return unitId != null && scopeOf(user).contains(unitId);
	}

	/**
	 * The unit and every unit below it, including units merged into any of them (successor links), as the reports
	 * count them; empty for an unknown id.
	 */
	@Transactional(readOnly = true)
	public Set<Long> subtreeIds(Long unitId) {
		return unitId == null ? Set.of() : new HashSet<>(units.findSubtreeIds(unitId));
	}

	/** Names of the given units (active or not), by id; ids that are not units are left out. */
	@Transactional(readOnly = true)
	public Map<Long, String> namesOf(java.util.Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		units.findAllById(ids).forEach(unit -> names.put(unit.getId(), unit.getName()));
		return names;
	}

	/** The unit, if the user may see it; otherwise access is denied (the 403 page), whether it exists or not. */
	@Transactional(readOnly = true)
	public UnitView requireAccessible(CurrentUser user, String code) {
		UnitView unit = find(code).orElseThrow(() -> new AccessDeniedException("unit " + code));
		if (!canAccess(user, unit.id())) {
			throw new AccessDeniedException("unit " + code);
		}
		return unit;
	}

	/**
	 * Each unit id of the unit's subtree mapped to the direct child whose subtree holds it (active children first, so
	 * a child merged into a sibling counts with its successor); the rest (the unit's own desk and units merged into
	 * it) to the unit itself. Every id in exactly one group, so a report's lines add up to its total. One query,
	 * however many children: a province report by unit used to ask once per child.
	 */
	@Transactional(readOnly = true)
	public Map<Long, UnitView> childGroups(UnitView unit) {
		List<UnitView> children = new ArrayList<>(childrenOf(unit.code()));
		children.sort((a, b) -> Boolean.compare(b.active(), a.active()));
		Map<Long, List<Long>> subtrees = new HashMap<>();
		List<Long> roots = new ArrayList<>(children.stream().map(UnitView::id).toList());
		roots.add(unit.id());
		for (Object[] row : units.findSubtreeIdsOf(roots)) {
			subtrees.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
				.add(((Number) row[1]).longValue());
		}
		Map<Long, UnitView> groupOf = new java.util.LinkedHashMap<>();
		for (UnitView child : children) {
			for (Long id : subtrees.getOrDefault(child.id(), List.of())) {
				if (!id.equals(unit.id())) {
					groupOf.putIfAbsent(id, child);
				}
			}
		}
		for (Long id : subtrees.getOrDefault(unit.id(), List.of())) {
			groupOf.putIfAbsent(id, unit);
		}
		return groupOf;
	}

	/** Units directly below the given one, active or not, in a stable Vietnamese order. */
	@Transactional(readOnly = true)
	public List<UnitView> childrenOf(String code) {
		OrganisationUnit unit = units.findByCode(normaliseCode(code)).orElseThrow();
		return units.findByParentId(unit.getId()).stream().map(OrganisationUnit::view).sorted(BY_KIND_THEN_NAME).toList();
	}

	/** The units the user may see, as a tree (several roots when the scope starts at a merged unit). */
	@Transactional(readOnly = true)
	public List<UnitNode> treeFor(CurrentUser user) {
		List<UnitView> visible = units.findAllById(scopeOf(user)).stream().map(OrganisationUnit::view).toList();
		Map<Long, List<UnitView>> byParent = new HashMap<>();
		Set<Long> ids = new HashSet<>();
		for (UnitView unit : visible) {
			ids.add(unit.id());
		}
		List<UnitView> roots = new ArrayList<>();
		for (UnitView unit : visible) {
			if (unit.parentId() != null && ids.contains(unit.parentId())) {
				byParent.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
			}
			else {
				roots.add(unit);
			}
		}
		return roots.stream().sorted(BY_KIND_THEN_NAME).map(root -> node(root, byParent)).toList();
	}

	private static UnitNode node(UnitView unit, Map<Long, List<UnitView>> byParent) {
		List<UnitNode> children = byParent.getOrDefault(unit.id(), List.of())
			.stream()
			.sorted(BY_KIND_THEN_NAME)
			.map(child -> node(child, byParent))
			.toList();
		return new UnitNode(unit, children);
	}

	/** Active units within the admin's scope, to choose a parent, a successor or a user's unit from. */
	@Transactional(readOnly = true)
	public List<UnitView> activeUnitsIn(CurrentUser user) {
		return units.findAllById(scopeOf(user))
			.stream()
			.filter(OrganisationUnit::isActive)
			.map(OrganisationUnit::view)
			.sorted(BY_KIND_THEN_NAME)
			.toList();
	}

	// --- administration ---

	public UnitView create(CurrentUser admin, UnitForm form) {
		String code = normaliseCode(form.code());
		if (units.existsByCode(code)) {
			throw OrganisationException.onField("code", "unit.error.duplicateCode", code);
		}
		OrganisationUnit parent = null;
		if (StringUtils.hasText(form.parentCode())) {
			parent = manageable(admin, form.parentCode(), "parentCode");
			if (!parent.isActive()) {
				throw OrganisationException.onField("parentCode", "unit.error.parentInactive", parent.getCode());
			}
		}
		else if (!isRootAdmin(admin)) {
			throw OrganisationException.onField("parentCode", "unit.error.parentRequired");
		}
		String agencyId = blankToNull(form.agencyId());
		if (agencyId != null && units.existsByAgencyIdAndActiveIsTrue(agencyId)) {
			throw OrganisationException.onField("agencyId", "unit.error.duplicateAgencyId", agencyId);
		}
		OrganisationUnit unit = new OrganisationUnit(code, form.name().trim(), form.kind(), parent, clock.instant());
		unit.describe(form.name().trim(), form.kind(), blankToNull(form.adminCode()), agencyId,
				form.validFrom() != null ? form.validFrom() : LocalDate.now(clock), clock.instant());
		units.saveAndFlush(unit);
		publicNames.clear();
		audit.record("unit.created", "OrganisationUnit", code, "%s (%s), thuộc %s".formatted(unit.getName(),
				form.kind(), parent == null ? "—" : parent.getCode()));
		return unit.view();
	}

	public UnitView update(CurrentUser admin, String code, UnitForm form) {
		OrganisationUnit unit = manageable(admin, code, null);
		String agencyId = blankToNull(form.agencyId());
		if (agencyId != null && unit.isActive() && units.existsByAgencyIdAndActiveIsTrueAndIdNot(agencyId, unit.getId())) {
			throw OrganisationException.onField("agencyId", "unit.error.duplicateAgencyId", agencyId);
		}
		UnitView before = unit.view();
		unit.describe(form.name().trim(), form.kind(), blankToNull(form.adminCode()), agencyId, form.validFrom(),
				clock.instant());
		units.saveAndFlush(unit);
		publicNames.clear();
		audit.record("unit.updated", "OrganisationUnit", unit.getCode(), "trước: %s; sau: %s".formatted(
				describe(before), describe(unit.view())));
		return unit.view();
	}

	/** Moves a unit (with everything below it) under another active unit; refuses a move into its own subtree. */
	public UnitView move(CurrentUser admin, String code, String newParentCode) {
		OrganisationUnit unit = manageable(admin, code, null);
		if (!StringUtils.hasText(newParentCode)) {
			throw OrganisationException.onField("parentCode", "unit.error.parentRequired");
		}
		OrganisationUnit parent = manageable(admin, newParentCode, "parentCode");
		if (!parent.isActive()) {
			throw OrganisationException.onField("parentCode", "unit.error.parentInactive", parent.getCode());
		}
		if (units.findSubtreeIds(unit.getId()).contains(parent.getId())) {
			throw OrganisationException.onField("parentCode", "unit.error.cycle", unit.getCode(), parent.getCode());
		}
		String from = unit.getParent() == null ? "—" : unit.getParent().getCode();
		unit.moveUnder(parent, clock.instant());
		units.saveAndFlush(unit);
		publicNames.clear();
		audit.record("unit.moved", "OrganisationUnit", unit.getCode(), "từ %s sang %s".formatted(from,
				parent.getCode()));
		return unit.view();
	}

	/**
	 * Merges a unit into its successor (sáp nhập): the unit ends on {@code on}, keeps its history and points to the
	 * successor; its active child units move under the successor.
	 */
	public UnitView merge(CurrentUser admin, String code, String successorCode, LocalDate on) {
		OrganisationUnit unit = manageable(admin, code, null);
		if (!StringUtils.hasText(successorCode)) {
			throw OrganisationException.onField("successorCode", "unit.error.successorRequired");
		}
		OrganisationUnit successor = manageable(admin, successorCode, "successorCode");
		if (successor.getId().equals(unit.getId()) || !successor.isActive()) {
			throw OrganisationException.onField("successorCode", "unit.error.successorInvalid", successor.getCode());
		}
		if (units.findSubtreeIds(unit.getId()).contains(successor.getId())) {
			throw OrganisationException.onField("successorCode", "unit.error.cycle", unit.getCode(),
					successor.getCode());
		}
		requireNoActiveUsers(unit);
		for (OrganisationUnit child : units.findByParentIdAndActiveIsTrue(unit.getId())) {
			child.moveUnder(successor, clock.instant());
			audit.record("unit.moved", "OrganisationUnit", child.getCode(),
					"từ %s sang %s (sáp nhập)".formatted(unit.getCode(), successor.getCode()));
		}
		unit.close(requireDate(on), successor, clock.instant());
		units.saveAndFlush(unit);
		publicNames.clear();
		audit.record("unit.merged", "OrganisationUnit", unit.getCode(), "sáp nhập vào %s từ ngày %s".formatted(
				successor.getCode(), on));
		return unit.view();
	}

	/** Ends a unit's validity; refused while it has active units below it or active users. */
	public UnitView deactivate(CurrentUser admin, String code, LocalDate on) {
		OrganisationUnit unit = manageable(admin, code, null);
		if (unit.getId().equals(admin.unitId())) {
			throw new OrganisationException("unit.error.ownUnit");
		}
		if (!units.findByParentIdAndActiveIsTrue(unit.getId()).isEmpty()) {
			throw new OrganisationException("unit.error.hasActiveChildren", unit.getCode());
		}
		requireNoActiveUsers(unit);
		unit.close(requireDate(on), null, clock.instant());
		units.saveAndFlush(unit);
		publicNames.clear();
		audit.record("unit.deactivated", "OrganisationUnit", unit.getCode(), "ngừng hoạt động từ ngày " + on);
		return unit.view();
	}

	private void requireNoActiveUsers(OrganisationUnit unit) {
		long active = users.countByUnitIdAndActiveIsTrue(unit.getId());
		if (active > 0) {
			throw new OrganisationException("unit.error.hasActiveUsers", unit.getCode(), active);
		}
	}

	private static LocalDate requireDate(LocalDate on) {
		if (on == null) {
			throw OrganisationException.onField("date", "unit.error.dateRequired");
		}
		return on;
	}

	/** A unit the admin manages (their own unit or below); looked up by code. */
	OrganisationUnit manageable(CurrentUser admin, String code, String field) {
		Optional<OrganisationUnit> unit = units.findByCode(normaliseCode(code));
		if (unit.isEmpty()) {
			throw OrganisationException.onField(field, "unit.error.notFound", code);
		}
		if (!canAccess(admin, unit.get().getId())) {
			throw OrganisationException.onField(field, "unit.error.outOfScope", unit.get().getCode());
		}
		return unit.get();
	}

	private boolean isRootAdmin(CurrentUser admin) {
		return units.findById(admin.unitId()).map(unit -> unit.getParent() == null).orElse(false);
	}

	static String normaliseCode(String code) {
		return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

	private static String describe(UnitView unit) {
		return "%s, %s, mã ĐVHC %s, mã định danh %s, hiệu lực từ %s".formatted(unit.name(), unit.kind(),
				unit.adminCode(), unit.agencyId(), unit.validFrom());
	}

}

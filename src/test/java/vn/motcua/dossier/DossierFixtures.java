package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitKind;
import vn.motcua.organisation.UnitView;
import vn.motcua.procedure.DocumentForm;
import vn.motcua.procedure.DocumentFormData;
import vn.motcua.procedure.OnlineLevel;
import vn.motcua.procedure.ProcedureForm;
import vn.motcua.procedure.ProcedureLevel;
import vn.motcua.procedure.ProcedureView;
import vn.motcua.procedure.Procedures;

/** An office of its own for a dossier test: a commune with a clerk, two specialists and a leader, and a procedure. */
@Component
public class DossierFixtures {

	private final OrganisationFixtures organisation;

	private final Procedures procedures;

	private final vn.motcua.procedure.ProcedureRoutes routes;

	DossierFixtures(OrganisationFixtures organisation, Procedures procedures,
			vn.motcua.procedure.ProcedureRoutes routes) {
		this.organisation = organisation;
		this.procedures = procedures;
		this.routes = routes;
	}

	public record Office(UnitView commune, CurrentUser clerk, CurrentUser specialist, CurrentUser otherSpecialist,
			CurrentUser leader, ProcedureView procedure) {
	}

	public Office office(int workingDays, SupplementPolicy policy) {
		UnitView province = organisation.unit(UnitKind.PROVINCE, null);
		UnitView commune = organisation.unit(UnitKind.COMMUNE, province);
		String field = OrganisationFixtures.uniqueCode("LV");
		procedures.ensureField(field, "Lĩnh vực " + field);
		ProcedureView procedure = procedures.create(new ProcedureForm(OrganisationFixtures.uniqueCode("7."),
				"Đăng ký khai sinh (thử)", field, ProcedureLevel.COMMUNE, Set.of(ProcedureLevel.COMMUNE),
				OnlineLevel.PARTIAL, null, policy, BigDecimal.valueOf(workingDays), BigDecimal.valueOf(workingDays),
				ProcessingTime.Unit.WORKING_DAY, LocalDate.of(2020, 1, 1), null, null, null, null, null, null));
		procedures.addDocument(procedure.code(), new DocumentFormData("Tờ khai đăng ký khai sinh", DocumentForm.ORIGINAL, 1, true));
		procedures.addDocument(procedure.code(), new DocumentFormData("Giấy chứng sinh", DocumentForm.ORIGINAL, 1, true));
		return new Office(commune, user(commune, Role.RECEPTION_CLERK), user(commune, Role.SPECIALIST),
				user(commune, Role.SPECIALIST), user(commune, Role.LEADER), procedures.get(procedure.code()));
	}

	/**
	 * Một cửa liên thông: a province with a district and two communes (A, B) plus a commune directly under the
	 * province, staff at commune A and the district, and a procedure of 5 working days whose route is commune A
	 * receives (1 day) → the district appraises and decides (3 days) → the commune returns the result (1 day).
	 */
	public record Interlinked(vn.motcua.organisation.OrganisationFixtures.Tree tree, CurrentUser communeClerk,
			CurrentUser communeSpecialist, CurrentUser communeLeader, CurrentUser districtClerk,
			CurrentUser districtSpecialist, CurrentUser districtLeader, CurrentUser districtStatistics,
			CurrentUser otherCommuneClerk, ProcedureView procedure) {
	}

	public Interlinked interlinked() {
		vn.motcua.organisation.OrganisationFixtures.Tree tree = organisation.tree();
		String field = OrganisationFixtures.uniqueCode("LV");
		procedures.ensureField(field, "Lĩnh vực " + field);
		ProcedureView procedure = procedures.create(new ProcedureForm(OrganisationFixtures.uniqueCode("1."),
				"Giải quyết trợ cấp (thử, liên thông)", field, ProcedureLevel.DISTRICT,
				Set.of(ProcedureLevel.COMMUNE, ProcedureLevel.DISTRICT), OnlineLevel.PARTIAL, null,
				SupplementPolicy.PAUSE, BigDecimal.valueOf(5), BigDecimal.valueOf(5), ProcessingTime.Unit.WORKING_DAY,
				LocalDate.of(2020, 1, 1), null, null, null, null, null, null));
		procedures.addDocument(procedure.code(), new DocumentFormData("Tờ khai đề nghị trợ cấp", DocumentForm.ORIGINAL, 1,
				true));
		routes.replace(procedure.code(), List.of(
				new vn.motcua.procedure.ProcedureRoute.Draft(vn.motcua.procedure.RouteLevel.RECEIVING_UNIT, null,
						"Tiếp nhận, kiểm tra, xác nhận", BigDecimal.ONE, false),
				new vn.motcua.procedure.ProcedureRoute.Draft(vn.motcua.procedure.RouteLevel.DISTRICT, null,
						"Thẩm định, quyết định", BigDecimal.valueOf(3), true),
				new vn.motcua.procedure.ProcedureRoute.Draft(vn.motcua.procedure.RouteLevel.RECEIVING_UNIT, null,
						"Trả kết quả", BigDecimal.ONE, false)));
		UnitView commune = tree.communeA();
		UnitView district = tree.district();
		return new Interlinked(tree, user(commune, Role.RECEPTION_CLERK), user(commune, Role.SPECIALIST),
				user(commune, Role.LEADER), user(district, Role.RECEPTION_CLERK), user(district, Role.SPECIALIST),
				user(district, Role.LEADER), user(district, Role.STATISTICS), user(tree.communeB(), Role.RECEPTION_CLERK),
				procedures.get(procedure.code()));
	}

	public CurrentUser user(UnitView unit, Role role) {
		return organisation.principal(organisation.user(unit, role));
	}

	public static ReceiveForm citizen(String procedureCode) {
		return new ReceiveForm(procedureCode, Channel.DIRECT, Applicant.Kind.PERSON, "Nguyễn Thị Hương", "001195012345",
				"", "0912 345 678", "huong@example.vn", "Thôn Đông, xã Bình Minh", "Đăng ký khai sinh cho con", null,
				List.of(1, 2));
	}

}

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

	DossierFixtures(OrganisationFixtures organisation, Procedures procedures) {
		this.organisation = organisation;
		this.procedures = procedures;
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

	public CurrentUser user(UnitView unit, Role role) {
		return organisation.principal(organisation.user(unit, role));
	}

	public static ReceiveForm citizen(String procedureCode) {
		return new ReceiveForm(procedureCode, Channel.DIRECT, Applicant.Kind.PERSON, "Nguyễn Thị Hương", "001195012345",
				"", "0912 345 678", "huong@example.vn", "Thôn Đông, xã Bình Minh", "Đăng ký khai sinh cho con", null,
				List.of(1, 2));
	}

}

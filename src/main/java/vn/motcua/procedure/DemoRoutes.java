package vn.motcua.procedure;

import java.math.BigDecimal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo office's interlinked procedure ({@code demo} profile only): monthly social allowance 1.001776 as it ran
 * before 01/07/2025 ("UBND cấp xã tiếp nhận, Chủ tịch UBND cấp huyện quyết định", its catalogue record): the commune
 * receives, checks and lists it, the district appraises and decides, the commune returns the decision. The split of
 * the catalogue's provisional 20 working days (7 + 12 + 1) is illustrative, not taken from a source: an installation
 * enters the shares its province published. Left alone once the procedure has a route.
 */
@Component
@Profile("demo")
@Order(2)
class DemoRoutes implements ApplicationRunner {

	static final String PROCEDURE = "1.001776";

	private static final Logger log = LoggerFactory.getLogger(DemoRoutes.class);

	private final Procedures procedures;

	private final ProcedureRoutes routes;

	DemoRoutes(Procedures procedures, ProcedureRoutes routes) {
		this.procedures = procedures;
		this.routes = routes;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (procedures.find(PROCEDURE).isEmpty() || routes.route(PROCEDURE).isPresent()) {
			return;
		}
		try {
			routes.replace(PROCEDURE, List.of(
					new ProcedureRoute.Draft(RouteLevel.RECEIVING_UNIT, null,
							"Tiếp nhận, kiểm tra, xét duyệt và niêm yết tại xã", BigDecimal.valueOf(7), false),
					new ProcedureRoute.Draft(RouteLevel.DISTRICT, null, "Thẩm định, Chủ tịch UBND huyện quyết định",
							BigDecimal.valueOf(12), true),
					new ProcedureRoute.Draft(RouteLevel.RECEIVING_UNIT, null, "Nhận quyết định, trả kết quả",
							BigDecimal.ONE, false)));
			log.info("Demo data: procedure {} is interlinked commune → district → commune", PROCEDURE);
		}
		catch (ProcedureException ex) {
			// the catalogue's time was changed by hand: the demo route does not fit it, leave the procedure alone
			log.info("Demo data: no interlinked route for {} ({})", PROCEDURE, ex.messageKey());
		}
	}

}

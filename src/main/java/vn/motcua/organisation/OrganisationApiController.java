package vn.motcua.organisation;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read API for scripts and the provincial portal (HTTP Basic). */
@RestController
class OrganisationApiController {

	private final OrganisationUnits units;

	OrganisationApiController(OrganisationUnits units) {
		this.units = units;
	}

	record Me(String username, String fullName, String unitCode, String unitName, List<String> roles) {
	}

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal CurrentUser user) {
		return new Me(user.username(), user.fullName(), user.unitCode(), user.unitName(),
				user.roles().stream().map(Enum::name).sorted().toList());
	}

	/** The units the caller reaches, parents before children. */
	@GetMapping("/api/v1/units")
	List<UnitView> units(@AuthenticationPrincipal CurrentUser user) {
		return flatten(units.treeFor(user));
	}

	private static List<UnitView> flatten(List<UnitNode> nodes) {
		return nodes.stream()
			.flatMap(node -> java.util.stream.Stream.concat(java.util.stream.Stream.of(node.unit()),
					flatten(node.children()).stream()))
			.toList();
	}

}

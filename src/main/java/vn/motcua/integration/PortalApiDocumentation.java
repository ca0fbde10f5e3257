package vn.motcua.integration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title page of the OpenAPI description served at {@code /api/v1/openapi} and {@code /api/v1/openapi.yaml}. */
@Configuration(proxyBeanMethods = false)
class PortalApiDocumentation {

	@Bean
	OpenAPI portalOpenApi() {
		return new OpenAPI().info(new Info().title("MotCua — API cho cổng dịch vụ công")
			.version("v1")
			.description("""
					Cổng dịch vụ công chuyển hồ sơ người dân nộp trực tuyến sang hệ thống một cửa (POST /api/v1/dossiers) \
					và đọc lại các thay đổi trạng thái (GET /api/v1/dossiers/changes). Xác thực: HTTP Basic bằng tài \
					khoản kỹ thuật vai trò PORTAL của đơn vị (chỉ qua HTTPS); tài khoản nộp được cho đơn vị của mình và \
					các đơn vị trực thuộc. Thời gian theo ISO-8601, múi giờ Asia/Ho_Chi_Minh (+07:00). Lỗi trả về JSON \
					{"status", "error", "errors": [{"field", "message"}]} bằng tiếng Việt."""));
	}

}

package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** MotCua: the one-stop-shop dossier system (hệ thống một cửa). */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
public class MotCuaApplication {

	public static void main(String[] args) {
		SpringApplication.run(MotCuaApplication.class, args);
	}

}

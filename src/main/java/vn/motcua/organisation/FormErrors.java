package vn.motcua.organisation;

import org.springframework.validation.BindingResult;

/** Puts a broken rule into the form, on its field when the form has that field. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, OrganisationException ex) {
		if (ex.field() != null && result.getTarget() != null
				&& org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), ex.field()) != null) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

}

package io.github.perfeval.core.validation;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.form.Indicator;
import io.github.perfeval.core.form.Level1;
import io.github.perfeval.core.form.Level2;
import io.github.perfeval.core.value.Direction;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A user's own rule, as the README shows it: every cost indicator must have an at-most target
 * (成本指标 should cap spending, not set a floor).
 */
@Constraint(validatedBy = CostIndicatorsAtMost.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CostIndicatorsAtMost {
    String message() default "成本指标须为“小于等于”类目标 / cost indicators need an at-most target";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks every cost indicator of a form, reporting each offender at its own index. */
    final class Validator implements ConstraintValidator<CostIndicatorsAtMost, Form> {
        @Override
        public boolean isValid(Form form, ConstraintValidatorContext context) {
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            for (int i = 0; i < form.getIndicators().size(); i++) {
                Indicator ind = form.getIndicators().get(i);
                boolean cost = ind.getLevel1().map(l -> l == Level1.COST).orElse(false)
                        || ind.getLevel2().map(Level2::isCost).orElse(false);
                if (cost && ind.getTarget().isQuantitative() && ind.getDirection() != Direction.AT_MOST) {
                    valid = false;
                    context.buildConstraintViolationWithTemplate("成本指标“" + ind.getName() + "”的目标“"
                                    + ind.getTarget().getRaw() + "”不是“小于等于”")
                            .addPropertyNode("indicators").addPropertyNode("target").inIterable().atIndex(i)
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }
}

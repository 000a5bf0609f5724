package io.github.perfeval.grid.form;

import io.github.perfeval.core.fixtures.PublishedForms;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.grid.Grid;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every form the grid fixtures and the published forms hold, named by where it came from: each province, review and
 * head-row form read from its grid (found by reflection, so that a fixture added later is covered too) and the
 * published forms as built in code. For the writers' tests in other modules (through this module's test-jar):
 * an output is checked on forms it was not tuned on.
 *
 * <pre>{@code
 * for (Map.Entry<String, Form> e : EveryGridForm.all()) { write(e.getValue()); }
 * }</pre>
 */
public final class EveryGridForm {

    private EveryGridForm() {
    }

    /**
     * Every form, in a stable order.
     *
     * @return the forms, each with its name ({@code ProvinceForms.yunnanLijiang2020}, {@code PublishedForms.yueyang2024})
     */
    public static List<Map.Entry<String, Form>> all() {
        List<Map.Entry<String, Form>> all = new ArrayList<>();
        for (Class<?> holder : List.of(ProvinceForms.class, ReviewForms.class, HeadRowForms.class)) {
            Method[] methods = holder.getMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method m : methods) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() == Grid.class) {
                    Grid grid;
                    try {
                        grid = (Grid) m.invoke(null);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(holder.getSimpleName() + "." + m.getName(), e);
                    }
                    List<Form> forms = FormParser.create().parse(grid).forms();
                    for (int i = 0; i < forms.size(); i++) {
                        all.add(Map.entry(holder.getSimpleName() + "." + m.getName() + (forms.size() > 1 ? "#" + (i + 1) : ""), forms.get(i)));
                    }
                }
            }
        }
        all.add(Map.entry("PublishedForms.yueyang2024", PublishedForms.yueyang2024()));
        all.add(Map.entry("PublishedForms.liuhe2024Project", PublishedForms.liuhe2024Project()));
        all.add(Map.entry("PublishedForms.liuhe2024Department", PublishedForms.liuhe2024Department()));
        return all;
    }
}

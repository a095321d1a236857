package org.goldenthread.workbench.render;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Refuses, as the products do since Jira 10 and Confluence 9, any method a template calls that the plugin's velocity
 * allowlist does not name. Velocity's own loop helpers ({@code $foreach}) are allowed, as the products' global list
 * allows them; so a missing allowlist entry fails here rather than in a customer's Confluence.
 */
public final class AllowlistUberspect extends UberspectImpl {
    static final String ALLOWLIST = AllowlistUberspect.class.getName();

    private Set<String> allowlist = Set.of();

    @Override
    @SuppressWarnings("unchecked")
    public void setRuntimeServices(RuntimeServices services) {
        super.setRuntimeServices(services);
        Object list = services.getApplicationAttribute(ALLOWLIST);
        allowlist = list instanceof Set<?> set ? (Set<String>) set : Set.of();
    }

    @Override
    public VelMethod getMethod(Object target, String name, Object[] args, Info info) {
        VelMethod method = super.getMethod(target, name, args, info);
        if (method != null) {
            check(target, method.getMethod(), info);
        }
        return method;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) {
        VelPropertyGet getter = super.getPropertyGet(target, identifier, info);
        if (getter != null && target != null) {
            String methodName = getter.getMethodName();
            Method method = Arrays.stream(target.getClass().getMethods())
                    .filter(m -> m.getName().equals(methodName) && m.getParameterCount() == 0).findFirst()
                    .orElse(null);
            if (method == null) {
                throw new VelocityException("template " + info + " reads '" + identifier + "' of "
                        + target.getClass().getName() + " through a method that is not a getter (" + methodName
                        + "); the products' velocity allowlist names getters only");
            }
            check(target, method, info);
        }
        return getter;
    }

    private void check(Object target, Method method, Info info) {
        if (method.getDeclaringClass().getName().startsWith("org.apache.velocity.")) {
            return;
        }
        String entry = method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(", "))
                + ")";
        if (!allowlist.contains(entry)) {
            throw new VelocityException("template " + info + " calls " + entry + ", which is not in the plugin's "
                    + "velocity-allowlist (the products refuse it)");
        }
    }
}

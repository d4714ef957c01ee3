package dev.skillbot.persistence;

import dev.skillbot.digest.DigestUnavailableException;
import dev.skillbot.me.MeUnavailableException;
import dev.skillbot.suggestion.ProposalStore;
import dev.skillbot.suggestion.StoreUnavailableException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.function.Function;

/**
 * The stores behind the {@link DatabaseGuard}: every method of the store's interface goes through
 * it, so once the database is known down a call fails at once with the feature's own "unavailable"
 * exception, and no call waits longer than the guard's time limit.
 */
public final class GuardedStores {

    private GuardedStores() {}

    public static ProposalStore proposals(ProposalStore store, DatabaseGuard guard) {
        return guarded(
                ProposalStore.class,
                store,
                guard,
                cause -> new StoreUnavailableException("the database is unavailable", cause));
    }

    /**
     * One of the digest's ports ({@code Subscriptions}, {@code DigestClaims}, {@code CatalogChanges},
     * {@code LookupCounts}, {@code Follows}) behind the guard; unavailable means {@link DigestUnavailableException}.
     */
    public static <T> T digest(Class<T> port, T store, DatabaseGuard guard) {
        return guarded(
                port, store, guard, cause -> new DigestUnavailableException("the database is unavailable", cause));
    }

    /** One of the personal ports ({@code Profiles}, {@code SelfMarks}, {@code Shares}, {@code PersonalData}); unavailable means {@link MeUnavailableException}. */
    public static <T> T me(Class<T> port, T store, DatabaseGuard guard) {
        return guarded(port, store, guard, cause -> new MeUnavailableException("the database is unavailable", cause));
    }

    private static <T> T guarded(
            Class<T> port, T store, DatabaseGuard guard, Function<Exception, RuntimeException> unavailable) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "guarded " + store;
                };
            }
            return guard.call(() -> invoke(method, store, args), unavailable);
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }

    private static Object invoke(Method method, Object store, Object[] args) {
        try {
            return method.invoke(store, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new UndeclaredThrowableException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.goldenthread.contract;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The JSON form of the contract's shapes, the same for the REST API that writes them and the clients (macros) that
 * read them.
 */
public final class ContractJson {
    private ContractJson() {
    }

    /** A Java keyword cannot name a field, so the contract's {@code isPublic} stands for the JSON name "public". */
    public static Gson gson() {
        return new GsonBuilder().serializeNulls()
                .setFieldNamingStrategy(field -> field.getName().equals("isPublic") ? "public" : field.getName())
                .create();
    }
}

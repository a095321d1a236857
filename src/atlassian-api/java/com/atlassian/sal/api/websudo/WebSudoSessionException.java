/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The request needs a secure administrator session it does not have. Checked against the sal-api source of
 * WebSudoSessionException (since SAL 2.2): an unchecked exception. Only the constructor the declarations need is kept.
 */
package com.atlassian.sal.api.websudo;

public class WebSudoSessionException extends RuntimeException {
    public WebSudoSessionException(String message) {
        super(message);
    }
}

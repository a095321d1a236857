package org.goldenthread.workbench.ui;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.goldenthread.workbench.SignIn;

/** A workbench page for signed-in readers only: others are sent to sign in (scripts get 401). */
public abstract class SignedInServlet extends HttpServlet {

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> user = SignIn.reader(request);
        if (user.isEmpty()) {
            SignInRequired.answer(request, response);
            return;
        }
        get(request, response, user);
    }

    /** Answers the signed-in reader {@code user} (always present; optional as the page layout takes it). */
    protected abstract void get(HttpServletRequest request, HttpServletResponse response, Optional<String> user)
            throws IOException;
}

/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's issue service: creating and changing issues with Jira's own validation, permissions and indexing. Checked
 * against the Jira 7 API javadoc (docs.atlassian.com/jira/server, IssueService and its nested result classes); not yet
 * against Jira 11 itself. Only the methods the app calls, and the result classes' first constructors, are declared;
 * the raw Map of TransitionValidationResult's additionInputs is written Map<?, ?>, which erases the same.
 */
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import java.util.Map;

public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    /** As validateCreate, for a sub-task of the parent; the link to the parent is made apart, after create. */
    CreateValidationResult validateSubTaskCreate(ApplicationUser user, Long parentId,
                                                 IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId,
                                          IssueInputParameters issueInputParameters);

    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    /** Checks the workflow action on the issue: its conditions, its screen's fields and its validators. */
    TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId,
                                                  IssueInputParameters issueInputParameters);

    /** Takes the checked action: the new status, the fields, the comment, then the post-functions. */
    IssueResult transition(ApplicationUser user, TransitionValidationResult transitionResult);

    /** A validated issue and its errors. */
    abstract class IssueValidationResult extends ServiceResultImpl {
        private final MutableIssue issue;

        protected IssueValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(errors);
            this.issue = issue;
        }

        public MutableIssue getIssue() {
            return issue;
        }
    }

    class CreateValidationResult extends IssueValidationResult {
        public CreateValidationResult(MutableIssue issue, ErrorCollection errors,
                                      Map<String, Object> fieldValuesHolder) {
            super(issue, errors);
        }
    }

    class UpdateValidationResult extends IssueValidationResult {
        public UpdateValidationResult(MutableIssue issue, ErrorCollection errors,
                                      Map<String, Object> fieldValuesHolder) {
            super(issue, errors);
        }
    }

    class TransitionValidationResult extends ServiceResultImpl {
        private final MutableIssue issue;
        private final int actionId;

        public TransitionValidationResult(MutableIssue issue, ErrorCollection errors,
                                          Map<String, Object> fieldValuesHolder, Map<?, ?> additionInputs,
                                          int actionId) {
            super(errors);
            this.issue = issue;
            this.actionId = actionId;
        }

        public MutableIssue getIssue() {
            return issue;
        }

        public int getActionId() {
            return actionId;
        }
    }

    class IssueResult extends IssueValidationResult {
        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }
}

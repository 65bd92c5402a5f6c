package vn.dondoc.organization.process;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.platform.engine.EngineLists;

/**
 * Makes the engine respect the organisation tree.
 * <ul>
 *   <li>A process instance about an organisation (variable {@code organizationCode}) belongs to the
 *       tenant of that organisation's scope, so the commune's committee bodies see it and other
 *       communes do not; a called instance without the variable inherits its caller's tenant.</li>
 *   <li>The organisation's own group may read that instance and its history: a secretary sees his
 *       organisation's processes, not his neighbours'.</li>
 * </ul>
 */
@Component
class OrganizationEnginePlugin extends AbstractProcessEnginePlugin {

  private final OrganizationRepository organizations;

  OrganizationEnginePlugin(OrganizationRepository organizations) {
    this.organizations = organizations;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new ScopeTenants());
    configuration.setEnableHistoricInstancePermissions(true);
    BpmnParseListener grants = new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_START,
            (ExecutionListener) OrganizationEnginePlugin::grantOrganization);
      }
    };
    configuration.setCustomPreBPMNParseListeners(EngineLists.plus(configuration.getCustomPreBPMNParseListeners(), grants));
  }

  private static void grantOrganization(DelegateExecution execution) {
    Object code = execution.getVariableLocal(OrganizationProcessVariables.ORGANIZATION_CODE);
    if (code == null || !execution.getId().equals(execution.getProcessInstanceId())) {
      return;
    }
    String groupId = Organization.groupId(code.toString());
    AuthorizationEntity runtime = grant(groupId, Resources.PROCESS_INSTANCE.resourceType(), execution.getProcessInstanceId());
    runtime.addPermission(Permissions.READ);
    AuthorizationEntity history = grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE.resourceType(), execution.getProcessInstanceId());
    history.addPermission(HistoricProcessInstancePermissions.READ);
    Context.getCommandContext().getAuthorizationManager().saveDefaultAuthorizations(new AuthorizationEntity[] {runtime, history});
  }

  private static AuthorizationEntity grant(String groupId, int resourceType, String resourceId) {
    AuthorizationEntity authorization = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResourceType(resourceType);
    authorization.setResourceId(resourceId);
    return authorization;
  }

  /** The tenant of an instance: the scope of its organisation, or its caller's. */
  private final class ScopeTenants implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
      Object code = context.getVariables().get(OrganizationProcessVariables.ORGANIZATION_CODE);
      if (code == null) {
        return context.getSuperExecution() == null ? null : context.getSuperExecution().getTenantId();
      }
      return organizations.find(code.toString())
          .map(Organization::scopeCode)
          .orElseThrow(() -> new ProcessEngineException("Không có tổ chức mã \"" + code + "\""));
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
      return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
      return context.getExecution() == null ? null : context.getExecution().getTenantId();
    }
  }
}

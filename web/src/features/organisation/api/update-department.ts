import { Department, type UpdateDepartmentRequest } from '@contracts/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { auditRootKey, organisationKeys } from './query-keys';

export type { UpdateDepartmentRequest };

/** Saves changes made to `version` of the department; a 412 means someone else saved first. */
export function updateDepartment(args: {
  id: string;
  version: number;
  input: UpdateDepartmentRequest;
}): Promise<Department> {
  return api.patch(`/departments/${encodeURIComponent(args.id)}`, Department, {
    body: args.input,
    version: args.version,
  });
}

export function useUpdateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDepartment,
    onSuccess: (department) => {
      queryClient.setQueryData(organisationKeys.department(department.id), department);
      void queryClient.invalidateQueries({ queryKey: organisationKeys.departments });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
  });
}

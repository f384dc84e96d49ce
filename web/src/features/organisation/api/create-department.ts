import { type CreateDepartmentRequest, Department } from '@contracts/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { organisationKeys } from './query-keys';

export type { CreateDepartmentRequest };

export function createDepartment(input: CreateDepartmentRequest): Promise<Department> {
  return api.post('/departments', Department, { body: input, idempotent: true });
}

export function useCreateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDepartment,
    onSuccess: (department) => {
      queryClient.setQueryData(organisationKeys.department(department.id), department);
      void queryClient.invalidateQueries({ queryKey: organisationKeys.departments });
    },
  });
}

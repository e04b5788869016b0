(module
  (import "env" "proxy_no_such_call" (func (param i32) (result i32)))
  (memory (export "memory") 1))

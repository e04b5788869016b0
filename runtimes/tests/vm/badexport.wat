(module
  (memory (export "memory") 1)
  (func (export "proxy_on_tick") (param i32 i32)))
